<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Areas</name>
    <message>
        <location filename="../../ui/areas/__init__.py" line="70"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="72"/>
        <source>Meetings and minutes</source>
        <translation>الاجتماعات والمحاضر</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="74"/>
        <source>Meetings and their minutes: attendees in protocol order, the agenda, decisions and directives, approval by the commander and the signed minutes.</source>
        <translation>الاجتماعات ومحاضرها: الحضور حسب التسلسل البروتوكولي، وجدول الأعمال، والقرارات والتوجيهات، ومصادقة القائد، والمحضر الموقّع.</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="77"/>
        <source>Directives and follow-up</source>
        <translation>التوجيهات والمتابعة</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="79"/>
        <source>The follow-up of decisions and directives: the responsible body, the due date, dated notes on progress, and what is overdue.</source>
        <translation>متابعة القرارات والتوجيهات: الجهة المسؤولة، وموعد الإنجاز، وملاحظات التقدم المؤرخة، وما تجاوز موعده.</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="82"/>
        <source>Centres and map</source>
        <translation>المراكز والخريطة</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="83"/>
        <source>Registration and polling centres with their risk levels, the sectors of responsibility, checkpoints, and the offline map of coverage.</source>
        <translation>مراكز التسجيل والاقتراع ودرجات خطورتها، وقواطع المسؤولية، ونقاط التفتيش، وخريطة التغطية دون اتصال.</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="86"/>
        <source>Personnel and units</source>
        <translation>الأفراد والمفارز</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="87"/>
        <source>The registry of officers by rank and service number, the organisation tree, detachments and vehicles, and imports from the personnel sheets.</source>
        <translation>سجل المنتسبين بالرتبة والرقم الإحصائي، وشجرة التشكيلات، والمفارز والعجلات، والاستيراد من جداول الأفراد.</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="90"/>
        <source>Assignments and rosters</source>
        <translation>التكليفات والجداول</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="92"/>
        <source>The assignment board: who guards which centre or post in each shift, assignment orders and duty rosters ready to sign.</source>
        <translation>لوحة التكليفات: من يحرس أي مركز أو نقطة في كل وجبة، وأوامر التنسيب وجداول الواجبات جاهزة للتوقيع.</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="95"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="97"/>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="98"/>
        <source>The polling-day log of incidents against centres and posts, their severity and handling, and the situation reports sent up.</source>
        <translation>سجل حوادث يوم الاقتراع في المراكز والنقاط، وخطورتها ومعالجتها، والمواقف المرفوعة.</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="101"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../ui/settings/area.py" line="39"/>
        <source>SQLite file on this computer (the default)</source>
        <translation>ملف SQLite على هذا الحاسوب (الافتراضي)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="40"/>
        <source>PostgreSQL server, shared by several computers</source>
        <translation>خادم PostgreSQL تشترك فيه عدة حواسيب</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="56"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="59"/>
        <source>In use now</source>
        <translation>المستخدمة الآن</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="61"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="63"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="69"/>
        <source>A change of database applies at the next start.</source>
        <translation>يسري تغيير قاعدة البيانات عند التشغيل القادم.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="83"/>
        <source>Give a PostgreSQL address such as {example}.</source>
        <translation>أدخل عنوان PostgreSQL مثل {example}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="87"/>
        <source>Saved. Start the program again to use this database.</source>
        <translation>حُفظ. أعد تشغيل البرنامج لاستخدام هذه القاعدة.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="58"/>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>Not done</source>
        <translation>لم يُنفَّذ</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>Something went wrong</source>
        <translation>حدث خطأ</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>The action could not be completed. Nothing you saved before was lost; the details below are in the log file.</source>
        <translation>تعذّر إكمال العملية. لم يُفقد شيء مما حفظته من قبل؛ والتفاصيل أدناه مسجلة في ملف السجل.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/settings/signin.py" line="90"/>
        <source>Welcome to Ghurfa</source>
        <translation>مرحباً بك في غرفة العمليات</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="91"/>
        <source>This database has no users yet. Create the first administrator, or load the demo data of Maysan and Dhi Qar to look around.</source>
        <translation>لا يوجد مستخدمون في هذه القاعدة بعد. أنشئ مدير النظام الأول، أو حمّل البيانات التجريبية لميسان وذي قار للاطلاع.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="101"/>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="102"/>
        <source>Display name</source>
        <translation>الاسم الظاهر</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="103"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="104"/>
        <source>Password again</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="106"/>
        <source>Create the administrator</source>
        <translation>إنشاء مدير النظام</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="109"/>
        <source>Load the demo data</source>
        <translation>تحميل البيانات التجريبية</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="124"/>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="159"/>
        <source>Loading the demo data</source>
        <translation>جارٍ تحميل البيانات التجريبية</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../ui/home.py" line="86"/>
        <source>Operations room</source>
        <translation>غرفة العمليات</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="91"/>
        <location filename="../../ui/home.py" line="124"/>
        <source>Counting…</source>
        <translation>جارٍ العد…</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="92"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="101"/>
        <source>Elections</source>
        <translation>الانتخابات</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="102"/>
        <source>Centres</source>
        <translation>المراكز</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="103"/>
        <source>Personnel</source>
        <translation>المنتسبون</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="104"/>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="105"/>
        <source>Open directives</source>
        <translation>التوجيهات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="106"/>
        <source>Assignments</source>
        <translation>التكليفات</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="107"/>
        <source>Open incidents</source>
        <translation>الحوادث المفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="132"/>
        <source>Counting</source>
        <translation>العد</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="150"/>
        <source>Overdue: {count}</source>
        <translation>متأخرة: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="159"/>
        <source>The figures could not be counted.</source>
        <translation>تعذّر عدّ الأرقام.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/labels.py" line="24"/>
        <source>Parliamentary</source>
        <translation>برلمانية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="25"/>
        <source>Provincial councils</source>
        <translation>مجالس المحافظات</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="26"/>
        <source>Municipal</source>
        <translation>بلدية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="27"/>
        <source>Referendum</source>
        <translation>استفتاء</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="28"/>
        <source>Before polling</source>
        <translation>قبل الاقتراع</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="29"/>
        <source>Special voting</source>
        <translation>الاقتراع الخاص</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="30"/>
        <source>Polling day</source>
        <translation>يوم الاقتراع</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="31"/>
        <source>After polling</source>
        <translation>بعد الاقتراع</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="32"/>
        <location filename="../../desktop/labels.py" line="89"/>
        <source>Normal</source>
        <translation>اعتيادي</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="33"/>
        <source>Raised</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="34"/>
        <source>Maximum</source>
        <translation>قصوى</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="35"/>
        <source>Governorate</source>
        <translation>محافظة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="36"/>
        <source>District</source>
        <translation>قضاء</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="37"/>
        <source>Sub-district</source>
        <translation>ناحية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="38"/>
        <source>Municipality</source>
        <translation>بلدية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="39"/>
        <source>Ministry</source>
        <translation>وزارة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="40"/>
        <source>Command</source>
        <translation>قيادة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="41"/>
        <source>Directorate</source>
        <translation>مديرية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="42"/>
        <source>Section</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="43"/>
        <source>Division</source>
        <translation>شعبة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="44"/>
        <source>Commission office</source>
        <translation>مكتب المفوضية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="45"/>
        <source>Army unit</source>
        <translation>وحدة عسكرية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="46"/>
        <source>Civil defence</source>
        <translation>الدفاع المدني</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="47"/>
        <source>Traffic</source>
        <translation>المرور</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="48"/>
        <source>Intelligence</source>
        <translation>الاستخبارات</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="49"/>
        <source>International force</source>
        <translation>قوات متعددة الجنسيات</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="50"/>
        <location filename="../../desktop/labels.py" line="64"/>
        <location filename="../../desktop/labels.py" line="70"/>
        <location filename="../../desktop/labels.py" line="103"/>
        <location filename="../../desktop/labels.py" line="113"/>
        <location filename="../../desktop/labels.py" line="122"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="51"/>
        <source>Registration centre</source>
        <translation>مراكز التسجيل</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="52"/>
        <source>Polling centre</source>
        <translation>مراكز الاقتراع</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="53"/>
        <source>Planned</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="54"/>
        <location filename="../../desktop/labels.py" line="92"/>
        <location filename="../../desktop/labels.py" line="127"/>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="55"/>
        <location filename="../../desktop/labels.py" line="129"/>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="56"/>
        <source>Suspended</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="57"/>
        <location filename="../../desktop/labels.py" line="88"/>
        <location filename="../../desktop/labels.py" line="123"/>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="58"/>
        <location filename="../../desktop/labels.py" line="124"/>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="59"/>
        <location filename="../../desktop/labels.py" line="90"/>
        <location filename="../../desktop/labels.py" line="125"/>
        <source>High</source>
        <translation>عالٍ</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="60"/>
        <location filename="../../desktop/labels.py" line="126"/>
        <source>Critical</source>
        <translation>حرج</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="61"/>
        <source>Checkpoint</source>
        <translation>نقطة تفتيش</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="62"/>
        <source>Patrol base</source>
        <translation>مقر دورية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="63"/>
        <source>Rapid-response standby</source>
        <translation>قوة الاستجابة السريعة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="65"/>
        <source>Joint meeting</source>
        <translation>اجتماع مشترك</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="66"/>
        <source>Expanded security conference</source>
        <translation>مؤتمر أمني موسع</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="67"/>
        <source>Board session</source>
        <translation>جلسة مجلس</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="68"/>
        <source>Field visit</source>
        <translation>زيارة ميدانية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="69"/>
        <source>Periodic meeting</source>
        <translation>اجتماع دوري</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="71"/>
        <source>Unclassified</source>
        <translation>غير مصنف</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="72"/>
        <source>Confidential</source>
        <translation>سري</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="73"/>
        <source>Secret and personal</source>
        <translation>سري وشخصي</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="74"/>
        <source>Top secret</source>
        <translation>سري للغاية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="75"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="76"/>
        <source>Awaiting approval</source>
        <translation>بانتظار المصادقة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="77"/>
        <source>Approved</source>
        <translation>مصادق عليه</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="78"/>
        <source>Chair</source>
        <translation>رئيس الاجتماع</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="79"/>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="80"/>
        <source>Representative</source>
        <translation>ممثل</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="81"/>
        <source>Observer</source>
        <translation>مراقب</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="82"/>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="83"/>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="84"/>
        <source>Excused</source>
        <translation>معتذر</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="85"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="86"/>
        <source>Decision</source>
        <translation>قرار</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="87"/>
        <source>Directive</source>
        <translation>توجيه</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="91"/>
        <source>Urgent</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="93"/>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="94"/>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="95"/>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="96"/>
        <source>Pickup</source>
        <translation>بيك أب</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="97"/>
        <source>Sedan</source>
        <translation>صالون</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="98"/>
        <source>Armoured vehicle</source>
        <translation>عجلة مدرعة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="99"/>
        <source>Bus</source>
        <translation>حافلة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="100"/>
        <source>Motorcycle</source>
        <translation>دراجة نارية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="101"/>
        <source>Ambulance</source>
        <translation>إسعاف</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="102"/>
        <source>Fire engine</source>
        <translation>إطفاء</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="104"/>
        <source>Available</source>
        <translation>متاحة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="105"/>
        <source>In service</source>
        <translation>في الواجب</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="106"/>
        <source>In maintenance</source>
        <translation>في الصيانة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="107"/>
        <source>Out of service</source>
        <translation>خارج الخدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="108"/>
        <source>Centre commander</source>
        <translation>آمر المركز</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="109"/>
        <source>Guard</source>
        <translation>حراسة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="110"/>
        <source>Checkpoint duty</source>
        <translation>واجب سيطرة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="111"/>
        <source>Patrol</source>
        <translation>دورية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="112"/>
        <source>Rapid response</source>
        <translation>استجابة سريعة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="114"/>
        <source>Security breach</source>
        <translation>خرق أمني</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="115"/>
        <source>Armed attack</source>
        <translation>هجوم مسلح</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="116"/>
        <source>Explosive device</source>
        <translation>عبوة ناسفة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="117"/>
        <source>Disturbance</source>
        <translation>شغب</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="118"/>
        <source>Electoral violation</source>
        <translation>مخالفة انتخابية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="119"/>
        <source>Accident</source>
        <translation>حادث</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="120"/>
        <source>Power outage</source>
        <translation>انقطاع الكهرباء</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="121"/>
        <source>Shortage of materials</source>
        <translation>نقص في المواد</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="128"/>
        <source>Being handled</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="130"/>
        <source>Administrator</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="131"/>
        <source>Commander</source>
        <translation>القائد</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="132"/>
        <source>Staff officer</source>
        <translation>ضابط الركن</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="133"/>
        <source>Minutes clerk</source>
        <translation>كاتب المحضر</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="134"/>
        <source>Operator</source>
        <translation>مشغّل</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="135"/>
        <source>Viewer</source>
        <translation>مطّلع</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="136"/>
        <source>Issued</source>
        <translation>صادر</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="137"/>
        <source>Voided</source>
        <translation>ملغى</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../ui/settings/area.py" line="99"/>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="102"/>
        <source>Language of the program and its documents</source>
        <translation>لغة البرنامج ووثائقه</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Ghurfa — operations room</source>
        <translation>غرفة العمليات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>&amp;About Ghurfa</source>
        <translation>&amp;حول البرنامج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>{user} ({role})</source>
        <translation>{user} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>About Ghurfa</source>
        <translation>حول غرفة العمليات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>Ghurfa — the operations room for election security: meetings and minutes, directives, centres, personnel, assignments, incidents and official documents.</source>
        <translation>غرفة العمليات لتأمين الانتخابات: الاجتماعات والمحاضر، والتوجيهات، والمراكز، والمنتسبون، والتكليفات، والحوادث، والكتب الرسمية.</translation>
    </message>
</context>
<context>
    <name>OfficeEditor</name>
    <message>
        <location filename="../../ui/settings/offices.py" line="91"/>
        <source>One body per line, the state first</source>
        <translation>جهة في كل سطر، تبدأ بالدولة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="97"/>
        <source>Print the Hijri date beside the Gregorian</source>
        <translation>طباعة التاريخ الهجري بجانب الميلادي</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="99"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="105"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="111"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="112"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="113"/>
        <source>Letterhead</source>
        <translation>الترويسة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="114"/>
        <source>Letterhead in English</source>
        <translation>الترويسة بالإنكليزية</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="115"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="117"/>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="118"/>
        <source>Organisation</source>
        <translation>التشكيل</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="122"/>
        <source>New office</source>
        <translation>جهة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="124"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="141"/>
        <source>Only an administrator may change the letterheads.</source>
        <translation>لا يغيّر ترويسات الكتب إلا مدير النظام.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="187"/>
        <source>The office&apos;s logo</source>
        <translation>شعار الجهة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="189"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>OfficesModel</name>
    <message>
        <location filename="../../ui/settings/offices.py" line="44"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="44"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="44"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <location filename="../../ui/areas/placeholder.py" line="12"/>
        <source>This area is not built yet.</source>
        <translation>هذا القسم لم يُنجز بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/areas/placeholder.py" line="18"/>
        <source>It will hold: {what}</source>
        <translation>سيضم: {what}</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/preview.py" line="105"/>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="109"/>
        <source>of {count}</source>
        <translation>من {count}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="111"/>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="112"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="113"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="114"/>
        <source>Fit the width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="115"/>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="117"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="119"/>
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="121"/>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="123"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="128"/>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="210"/>
        <source>Printing</source>
        <translation>جارٍ الطبع</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="227"/>
        <source>Save the document as</source>
        <translation>حفظ المستند باسم</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="228"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <location filename="../../ui/app.py" line="229"/>
        <source>Loading the demo data</source>
        <translation>جارٍ تحميل البيانات التجريبية</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="148"/>
        <source>The database could not be opened. Check the address in the settings or the --db option.</source>
        <translation>تعذّر فتح قاعدة البيانات. تحقق من العنوان في الإعدادات أو من الخيار ‎--db.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../ui/operations.py" line="121"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <location filename="../../ui/reports/area.py" line="86"/>
        <source>Parameters</source>
        <translation>المعطيات</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="89"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="101"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="104"/>
        <source>Save in</source>
        <translation>الحفظ في</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="108"/>
        <source>Make the document</source>
        <translation>إعداد المستند</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="125"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="163"/>
        <source>(the default)</source>
        <translation>(الافتراضي)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="192"/>
        <source>Save the documents in</source>
        <translation>حفظ المستندات في</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="220"/>
        <source>The folder cannot be used: {error}</source>
        <translation>لا يمكن استخدام المجلد: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="227"/>
        <source>Making {title}…</source>
        <translation>جارٍ إعداد {title}…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="245"/>
        <source>Written: {path}</source>
        <translation>كُتب: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="253"/>
        <source>Workbook written</source>
        <translation>كُتب ملف Excel</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="254"/>
        <source>The workbook was written to {path}.</source>
        <translation>كُتب ملف Excel في {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="256"/>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
</context>
<context>
    <name>SettingsArea</name>
    <message>
        <location filename="../../ui/settings/area.py" line="126"/>
        <source>Letterheads</source>
        <translation>الترويسات</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="127"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="128"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/settings/signin.py" line="46"/>
        <source>Sign in — Ghurfa</source>
        <translation>تسجيل الدخول — غرفة العمليات</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="51"/>
        <source>Signing in for the first time? The password you type now becomes yours (at least 8 characters).</source>
        <translation>أول دخول لك؟ كلمة المرور التي تكتبها الآن تصبح كلمتك (8 أحرف على الأقل).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="55"/>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="56"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="59"/>
        <source>Sign in</source>
        <translation>دخول</translation>
    </message>
</context>
</TS>
