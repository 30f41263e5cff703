<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/settings/user_dialogs.py" line="127" />
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_dialogs.py" line="135" />
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_dialogs.py" line="136" />
        <source>Display name</source>
        <translation>الاسم الظاهر</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_dialogs.py" line="137" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_dialogs.py" line="138" />
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_dialogs.py" line="139" />
        <source>Password again</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_dialogs.py" line="140" />
        <source>At least 8 characters, not one of the commonest; tell it to the user in person.</source>
        <translation>8 أحرف على الأقل، وليست من أكثر كلمات المرور شيوعاً؛ وأبلغها للمستخدم بنفسك.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_dialogs.py" line="142" />
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../ui/areas/__init__.py" line="76" />
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="78" />
        <source>Meetings and minutes</source>
        <translation>الاجتماعات والمحاضر</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="80" />
        <source>Meetings and their minutes: attendees in protocol order, the agenda, decisions and directives, approval by the commander and the signed minutes.</source>
        <translation>الاجتماعات ومحاضرها: الحضور حسب التسلسل البروتوكولي، وجدول الأعمال، والقرارات والتوجيهات، ومصادقة القائد، والمحضر الموقّع.</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="83" />
        <source>Directives and follow-up</source>
        <translation>التوجيهات والمتابعة</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="85" />
        <source>The follow-up of decisions and directives: the responsible body, the due date, dated notes on progress, and what is overdue.</source>
        <translation>متابعة القرارات والتوجيهات: الجهة المسؤولة، وموعد الإنجاز، وملاحظات التقدم المؤرخة، وما تجاوز موعده.</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="88" />
        <source>Centres and map</source>
        <translation>المراكز والخريطة</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="89" />
        <source>Registration and polling centres with their risk levels, the sectors of responsibility, checkpoints, and the offline map of coverage.</source>
        <translation>مراكز التسجيل والاقتراع ودرجات خطورتها، وقواطع المسؤولية، ونقاط التفتيش، وخريطة التغطية دون اتصال.</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="92" />
        <source>Personnel and units</source>
        <translation>الأفراد والمفارز</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="93" />
        <source>The registry of officers by rank and service number, the organisation tree, detachments and vehicles, and imports from the personnel sheets.</source>
        <translation>سجل المنتسبين بالرتبة والرقم الإحصائي، وشجرة التشكيلات، والمفارز والعجلات، والاستيراد من جداول الأفراد.</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="96" />
        <source>Assignments and rosters</source>
        <translation>التكليفات والجداول</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="98" />
        <source>The assignment board: who guards which centre or post in each shift, assignment orders and duty rosters ready to sign.</source>
        <translation>لوحة التكليفات: من يحرس أي مركز أو نقطة في كل وجبة، وأوامر التنسيب وجداول الواجبات جاهزة للتوقيع.</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="101" />
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="103" />
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="104" />
        <source>The polling-day log of incidents against centres and posts, their severity and handling, and the situation reports sent up.</source>
        <translation>سجل حوادث يوم الاقتراع في المراكز والنقاط، وخطورتها ومعالجتها، والمواقف المرفوعة.</translation>
    </message>
    <message>
        <location filename="../../ui/areas/__init__.py" line="107" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../ui/settings/area.py" line="44" />
        <source>SQLite file on this computer (the default)</source>
        <translation>ملف SQLite على هذا الحاسوب (الافتراضي)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="45" />
        <source>PostgreSQL server, shared by several computers</source>
        <translation>خادم PostgreSQL تشترك فيه عدة حواسيب</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="62" />
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="65" />
        <source>In use now</source>
        <translation>المستخدمة الآن</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="67" />
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="69" />
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="75" />
        <source>A change of database applies at the next start.</source>
        <translation>يسري تغيير قاعدة البيانات عند التشغيل القادم.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="89" />
        <source>Give a PostgreSQL address such as {example}.</source>
        <translation>أدخل عنوان PostgreSQL مثل {example}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="93" />
        <source>Saved. Start the program again to use this database.</source>
        <translation>حُفظ. أعد تشغيل البرنامج لاستخدام هذه القاعدة.</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <location filename="../../ui/database_problem.py" line="46" />
        <source>The database could not be opened</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/database_problem.py" line="58" />
        <source>The SQLite file on this computer</source>
        <translation>ملف SQLite على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../ui/database_problem.py" line="59" />
        <source>The room's PostgreSQL server</source>
        <translation>خادم PostgreSQL الخاص بالغرفة</translation>
    </message>
    <message>
        <location filename="../../ui/database_problem.py" line="82" />
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/database_problem.py" line="87" />
        <source>Save and try again</source>
        <translation>احفظ وأعد المحاولة</translation>
    </message>
    <message>
        <location filename="../../ui/database_problem.py" line="88" />
        <source>Use the local file this time</source>
        <translation>استخدم الملف المحلي هذه المرة</translation>
    </message>
    <message>
        <location filename="../../ui/database_problem.py" line="89" />
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../ui/database_problem.py" line="103" />
        <source>The address was given with --db: start the program again with another address, or use the local file for now.</source>
        <translation>أُعطي العنوان بالخيار ‎--db‎: شغّل البرنامج مجدداً بعنوان آخر، أو استخدم الملف المحلي الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/database_problem.py" line="106" />
        <source>The address comes from the variable GHURFA_DB_URL: change it and start again, or use the local file for now.</source>
        <translation>العنوان مأخوذ من المتغير GHURFA_DB_URL: غيّره وأعد التشغيل، أو استخدم الملف المحلي الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/database_problem.py" line="109" />
        <source>The address is saved in the settings ({file}). Correct it here, or use the local file for now.</source>
        <translation>العنوان محفوظ في الإعدادات ({file}). صحّحه هنا، أو استخدم الملف المحلي الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/database_problem.py" line="112" />
        <source>This is the local database file of this computer.</source>
        <translation>هذا ملف قاعدة البيانات المحلي على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../ui/settings/signin.py" line="70" />
        <source>Demo data: a made-up room to look around in, not a real one.</source>
        <translation>بيانات تجريبية: غرفة مصطنعة للتعرّف على البرنامج، لا غرفة حقيقية.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="59" />
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63" />
        <source>Not done</source>
        <translation>لم يُنفَّذ</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68" />
        <source>Something went wrong</source>
        <translation>حدث خطأ</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69" />
        <source>The action could not be completed. Nothing you saved before was lost; the details below are in the log file.</source>
        <translation>تعذّر إكمال العملية. لم يُفقد شيء مما حفظته من قبل؛ والتفاصيل أدناه مسجلة في ملف السجل.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/settings/signin.py" line="233" />
        <source>Welcome to Ghurfa</source>
        <translation>مرحباً بك في غرفة العمليات</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="234" />
        <source>This database has no users yet. Create the first administrator, or load the demo data of Maysan and Dhi Qar to look around.</source>
        <translation>لا يوجد مستخدمون في هذه القاعدة بعد. أنشئ مدير النظام الأول، أو حمّل البيانات التجريبية لميسان وذي قار للاطلاع.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="237" />
        <source>The password needs at least 8 characters and may not be one of the commonest; a few words you will remember make a good one.</source>
        <translation>تحتاج كلمة المرور إلى 8 أحرف على الأقل، ولا تكون من أكثر كلمات المرور شيوعاً؛ وبضع كلمات تتذكرها تصنع كلمة مرور جيدة.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="247" />
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="248" />
        <source>Display name</source>
        <translation>الاسم الظاهر</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="249" />
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="250" />
        <source>Password again</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="252" />
        <source>Create the administrator</source>
        <translation>إنشاء مدير النظام</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="255" />
        <source>Load the demo data</source>
        <translation>تحميل البيانات التجريبية</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="326" />
        <source>Loading the demo data</source>
        <translation>جارٍ تحميل البيانات التجريبية</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>The last automatic backup failed ({time}): {reason}</source>
        <translation>تعذّر النسخ الاحتياطي التلقائي الأخير ({time}): {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="133" />
        <source>Operations room</source>
        <translation>غرفة العمليات</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="138" />
        <location filename="../../ui/home.py" line="193" />
        <source>Counting…</source>
        <translation>جارٍ العد…</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="139" />
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="148" />
        <source>Elections</source>
        <translation>الانتخابات</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="149" />
        <source>Centres</source>
        <translation>المراكز</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="150" />
        <source>Personnel</source>
        <translation>المنتسبون</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="151" />
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="152" />
        <source>Assignments</source>
        <translation>التكليفات</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="153" />
        <source>Open incidents</source>
        <translation>الحوادث المفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="210" />
        <source>Registration centres</source>
        <translation>مراكز التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="211" />
        <source>Polling centres</source>
        <translation>مراكز الاقتراع</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="224" />
        <source>The figures could not be counted.</source>
        <translation>تعذّر عدّ الأرقام.</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>لا توجد نسخة احتياطية بعد</translation>
    </message>
    <message>
        <source>Last backup: {time}</source>
        <translation>آخر نسخة احتياطية: {time}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/labels.py" line="25" />
        <source>Parliamentary</source>
        <translation>برلمانية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="26" />
        <source>Provincial councils</source>
        <translation>مجالس المحافظات</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="27" />
        <source>Municipal</source>
        <translation>بلدية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="28" />
        <source>Referendum</source>
        <translation>استفتاء</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="29" />
        <source>Before polling</source>
        <translation>قبل الاقتراع</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="30" />
        <source>Special voting</source>
        <translation>الاقتراع الخاص</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="31" />
        <source>Polling day</source>
        <translation>يوم الاقتراع</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="32" />
        <source>After polling</source>
        <translation>بعد الاقتراع</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="33" />
        <location filename="../../desktop/labels.py" line="91" />
        <source>Normal</source>
        <translation>اعتيادي</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="34" />
        <source>Raised</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="35" />
        <source>Maximum</source>
        <translation>قصوى</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="36" />
        <source>Governorate</source>
        <translation>محافظة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="37" />
        <source>District</source>
        <translation>قضاء</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="38" />
        <source>Sub-district</source>
        <translation>ناحية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="39" />
        <source>Municipality</source>
        <translation>بلدية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="40" />
        <source>Ministry</source>
        <translation>وزارة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="41" />
        <source>Command</source>
        <translation>قيادة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="42" />
        <source>Directorate</source>
        <translation>مديرية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="43" />
        <source>Section</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="44" />
        <source>Division</source>
        <translation>شعبة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="45" />
        <source>Commission office</source>
        <translation>مكتب المفوضية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="46" />
        <source>Army unit</source>
        <translation>وحدة عسكرية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="47" />
        <source>Civil defence</source>
        <translation>الدفاع المدني</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="48" />
        <source>Traffic</source>
        <translation>المرور</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="49" />
        <source>Intelligence</source>
        <translation>الاستخبارات</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="50" />
        <source>International force</source>
        <translation>قوات متعددة الجنسيات</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="51" />
        <location filename="../../desktop/labels.py" line="65" />
        <location filename="../../desktop/labels.py" line="72" />
        <location filename="../../desktop/labels.py" line="105" />
        <location filename="../../desktop/labels.py" line="115" />
        <location filename="../../desktop/labels.py" line="124" />
        <location filename="../../desktop/labels.py" line="133" />
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="52" />
        <source>Registration centre</source>
        <translation>مركز تسجيل</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="53" />
        <source>Polling centre</source>
        <translation>مركز اقتراع</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="54" />
        <source>Planned</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="55" />
        <location filename="../../desktop/labels.py" line="94" />
        <location filename="../../desktop/labels.py" line="138" />
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="56" />
        <location filename="../../desktop/labels.py" line="140" />
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="57" />
        <source>Suspended</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="58" />
        <location filename="../../desktop/labels.py" line="90" />
        <location filename="../../desktop/labels.py" line="134" />
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="59" />
        <location filename="../../desktop/labels.py" line="135" />
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="60" />
        <location filename="../../desktop/labels.py" line="92" />
        <location filename="../../desktop/labels.py" line="136" />
        <source>High</source>
        <translation>عالٍ</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="61" />
        <location filename="../../desktop/labels.py" line="137" />
        <source>Critical</source>
        <translation>حرج</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="62" />
        <source>Checkpoint</source>
        <translation>نقطة تفتيش</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="63" />
        <source>Patrol base</source>
        <translation>مقر دورية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="64" />
        <source>Rapid-response standby</source>
        <translation>قوة الاستجابة السريعة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="66" />
        <source>Joint meeting</source>
        <translation>اجتماع مشترك</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="68" />
        <source>Expanded security conference</source>
        <translation>مؤتمر أمني موسع</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="69" />
        <source>Board session</source>
        <translation>جلسة مجلس</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="70" />
        <source>Field visit</source>
        <translation>زيارة ميدانية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="71" />
        <source>Periodic meeting</source>
        <translation>اجتماع دوري</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="73" />
        <source>Unclassified</source>
        <translation>غير مصنف</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="74" />
        <source>Confidential</source>
        <translation>سري</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="75" />
        <source>Secret and personal</source>
        <translation>سري وشخصي</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="76" />
        <source>Top secret</source>
        <translation>سري للغاية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="77" />
        <location filename="../../desktop/labels.py" line="116" />
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="78" />
        <source>Awaiting approval</source>
        <translation>بانتظار المصادقة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="79" />
        <source>Approved</source>
        <translation>مصادق عليه</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="80" />
        <source>Chair</source>
        <translation>رئيس الاجتماع</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="81" />
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="82" />
        <source>Representative</source>
        <translation>ممثل</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="83" />
        <source>Observer</source>
        <translation>مراقب</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="84" />
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="85" />
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="86" />
        <source>Excused</source>
        <translation>معتذر</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="87" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="88" />
        <source>Decision</source>
        <translation>قرار</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="89" />
        <source>Directive</source>
        <translation>توجيه</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="93" />
        <source>Urgent</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="95" />
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="96" />
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="97" />
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="98" />
        <source>Pickup</source>
        <translation>بيك أب</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="99" />
        <source>Sedan</source>
        <translation>صالون</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="100" />
        <source>Armoured vehicle</source>
        <translation>عجلة مدرعة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="101" />
        <source>Bus</source>
        <translation>حافلة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="102" />
        <source>Motorcycle</source>
        <translation>دراجة نارية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="103" />
        <source>Ambulance</source>
        <translation>إسعاف</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="104" />
        <source>Fire engine</source>
        <translation>إطفاء</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="106" />
        <source>Available</source>
        <translation>متاحة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="107" />
        <source>In service</source>
        <translation>في الواجب</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="108" />
        <source>In maintenance</source>
        <translation>في الصيانة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="109" />
        <source>Out of service</source>
        <translation>خارج الخدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="110" />
        <source>Centre commander</source>
        <translation>آمر المركز</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="111" />
        <source>Guard</source>
        <translation>حراسة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="112" />
        <source>Checkpoint duty</source>
        <translation>واجب سيطرة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="113" />
        <source>Patrol</source>
        <translation>دورية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="114" />
        <source>Rapid response</source>
        <translation>استجابة سريعة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="117" />
        <location filename="../../desktop/labels.py" line="118" />
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="119" />
        <source>Amended</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="120" />
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="121" />
        <source>Leave</source>
        <translation>إجازة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="122" />
        <source>Sickness</source>
        <translation>مرض</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="123" />
        <source>Other duty</source>
        <translation>واجب آخر</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="125" />
        <source>Security breach</source>
        <translation>خرق أمني</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="126" />
        <source>Armed attack</source>
        <translation>هجوم مسلح</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="127" />
        <source>Explosive device</source>
        <translation>عبوة ناسفة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="128" />
        <source>Disturbance</source>
        <translation>شغب</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="129" />
        <source>Electoral violation</source>
        <translation>مخالفة انتخابية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="130" />
        <source>Accident</source>
        <translation>حادث</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="131" />
        <source>Power outage</source>
        <translation>انقطاع الكهرباء</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="132" />
        <source>Shortage of materials</source>
        <translation>نقص في المواد</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="139" />
        <source>Being handled</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="141" />
        <source>Administrator</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="142" />
        <source>Commander</source>
        <translation>القائد</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="143" />
        <source>Staff officer</source>
        <translation>ضابط الركن</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="144" />
        <source>Minutes clerk</source>
        <translation>كاتب المحضر</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="145" />
        <source>Operator</source>
        <translation>مشغّل</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="146" />
        <source>Viewer</source>
        <translation>مطّلع</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="147" />
        <source>Issued</source>
        <translation>صادر</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="148" />
        <source>Voided</source>
        <translation>ملغى</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../ui/settings/area.py" line="105" />
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="108" />
        <source>Language of the program and its documents</source>
        <translation>لغة البرنامج ووثائقه</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock.py" line="94" />
        <location filename="../../ui/lock.py" line="98" />
        <source>Ghurfa is locked</source>
        <translation>برنامج غرفة مقفل</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="100" />
        <source>{user} was signed in here and left it unused. Their work is kept as it was: type their password to go on.</source>
        <translation>كان {user} داخلاً هنا وترك البرنامج دون استعمال. عمله محفوظ كما كان: اكتب كلمة مروره للمتابعة.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="107" />
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="113" />
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="63" />
        <source>Ghurfa — operations room</source>
        <translation>غرفة العمليات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102" />
        <location filename="../../ui/main_window.py" line="272" />
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>Signed out. Sign in to go on.</source>
        <translation>تم تسجيل الخروج. سجّل الدخول للمتابعة.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146" />
        <source>{role}: {user}</source>
        <translation>{role}: {user}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218" />
        <source>S&amp;witch user…</source>
        <translation>&amp;تبديل المستخدم…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219" />
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221" />
        <source>Sign &amp;out</source>
        <translation>&amp;تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239" />
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250" />
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251" />
        <source>&amp;About Ghurfa</source>
        <translation>&amp;حول البرنامج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266" />
        <source>The link to the room is lost: other workstations' changes will show once it is back.</source>
        <translation>انقطع الاتصال بالغرفة: ستظهر تغييرات محطات العمل الأخرى حين يعود.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288" />
        <source>Version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284" />
        <source>About Ghurfa</source>
        <translation>حول غرفة العمليات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285" />
        <source>Ghurfa — the operations room for election security: meetings and minutes, directives, centres, personnel, assignments, incidents and official documents.</source>
        <translation>غرفة العمليات لتأمين الانتخابات: الاجتماعات والمحاضر، والتوجيهات، والمراكز، والمنتسبون، والتكليفات، والحوادث، والكتب الرسمية.</translation>
    </message>
</context>
<context>
    <name>MapSettingsPage</name>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="62" />
        <source>No tiles: area boundaries on a plain background</source>
        <translation>بلا بلاطات: حدود المناطق على خلفية سادة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="63" />
        <source>The room's tile server</source>
        <translation>خادم البلاطات الخاص بالغرفة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="64" />
        <source>A folder of tiles (zoom/column/row.png)</source>
        <translation>مجلد بلاطات (zoom/column/row.png)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="65" />
        <source>An MBTiles file</source>
        <translation>ملف MBTiles</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="76" />
        <source>Who made the tiles, shown in a corner</source>
        <translation>مصدر البلاطات، يظهر في زاوية الخريطة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="80" />
        <location filename="../../ui/settings/map_settings.py" line="82" />
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="89" />
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="91" />
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="93" />
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="94" />
        <source>Credit</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="95" />
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="97" />
        <source>Map background</source>
        <translation>خلفية الخريطة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="101" />
        <source>With no tiles the map asks no server for anything. A tile server's address is reached by every map the program shows.</source>
        <translation>بلا بلاطات لا تطلب الخريطة شيئاً من أي خادم. أما خادم البلاطات فتتصل به كل خريطة يعرضها البرنامج.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="108" />
        <source>Import a boundary file…</source>
        <translation>استيراد ملف حدود…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="110" />
        <source>Use the bundled boundaries only</source>
        <translation>استعمال الحدود المرفقة فقط</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="112" />
        <source>Area boundaries</source>
        <translation>حدود المناطق</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="115" />
        <source>The program has Iraq's governorates. A GeoJSON file of the room's own areas (districts, sub-districts) adds them; each is tied to the area of the same code or name.</source>
        <translation>في البرنامج حدود محافظات العراق. ويضيف ملف GeoJSON لمناطق الغرفة (الأقضية والنواحي) حدودها؛ وتُربط كل منها بالمنطقة ذات الرمز أو الاسم نفسه.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="143" />
        <source>In use: the bundled governorates only.</source>
        <translation>المستعمل: المحافظات المرفقة فقط.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="144" />
        <source>In use: the room's file {path}, and the bundled governorates where it has none.</source>
        <translation>المستعمل: ملف الغرفة {path}، والمحافظات المرفقة حيث لا حدود فيه.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="159" />
        <source>The folder of map tiles</source>
        <translation>مجلد بلاطات الخريطة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="166" />
        <source>The MBTiles file</source>
        <translation>ملف MBTiles</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="167" />
        <source>MBTiles files (*.mbtiles);;All files (*)</source>
        <translation>ملفات MBTiles (*.mbtiles);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="173" />
        <source>The room's boundary file</source>
        <translation>ملف حدود الغرفة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="174" />
        <source>GeoJSON files (*.geojson *.json);;All files (*)</source>
        <translation>ملفات GeoJSON (*.geojson *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="194" />
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/map_settings.py" line="207" />
        <location filename="../../ui/settings/map_settings.py" line="214" />
        <source>Saved. The map uses it when it is drawn again.</source>
        <translation>حُفظ. تستعمله الخريطة عند رسمها من جديد.</translation>
    </message>
</context>
<context>
    <name>OfficeEditor</name>
    <message>
        <location filename="../../ui/settings/offices.py" line="137" />
        <source>One body per line, the state first</source>
        <translation>جهة في كل سطر، تبدأ بالدولة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="145" />
        <source>Print the Hijri date beside the Gregorian</source>
        <translation>طباعة التاريخ الهجري بجانب الميلادي</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="148" />
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="215" />
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="157" />
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="158" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="159" />
        <source>Letterhead</source>
        <translation>الترويسة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="160" />
        <source>Letterhead in English</source>
        <translation>الترويسة بالإنكليزية</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="161" />
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="163" />
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="164" />
        <source>Organisation</source>
        <translation>التشكيل</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="168" />
        <source>New office</source>
        <translation>جهة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="170" />
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="190" />
        <source>Only an administrator may change the letterheads.</source>
        <translation>لا يغيّر ترويسات الكتب إلا مدير النظام.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="272" />
        <source>The office's logo</source>
        <translation>شعار الجهة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="273" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>OfficesModel</name>
    <message>
        <location filename="../../ui/settings/offices.py" line="82" />
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="82" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/settings/offices.py" line="82" />
        <source>City</source>
        <translation>المدينة</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/settings/user_dialogs.py" line="167" />
        <source>Reset the password of {user}</source>
        <translation>إعادة تعيين كلمة مرور {user}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_dialogs.py" line="172" />
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_dialogs.py" line="173" />
        <source>Password again</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_dialogs.py" line="174" />
        <source>The old password stops working at once, and any wait after wrong passwords ends.</source>
        <translation>تتوقف كلمة المرور القديمة عن العمل فوراً، وينتهي أي انتظار فرضته كلمات مرور خاطئة.</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <location filename="../../ui/areas/placeholder.py" line="12" />
        <source>This area is not built yet.</source>
        <translation>هذا القسم لم يُنجز بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/areas/placeholder.py" line="18" />
        <source>It will hold: {what}</source>
        <translation>سيضم: {what}</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/preview.py" line="179" />
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="183" />
        <source>of {count}</source>
        <translation>من {count}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="185" />
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="186" />
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="187" />
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="188" />
        <source>Fit the width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="189" />
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="191" />
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="193" />
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="195" />
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="197" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="205" />
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="246" />
        <source>Preview: this is not the official copy. The official copy takes a document number, which your role may not issue; a colleague whose role issues them prints it.</source>
        <translation>معاينة: هذه ليست النسخة الرسمية. تأخذ النسخة الرسمية رقماً لا يسمح دورك بإصداره؛ يطبعها زميل يسمح له دوره بذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="251" />
        <source>Preview: this is not the official copy. The document number is given when you print it or save it.</source>
        <translation>معاينة: هذه ليست النسخة الرسمية. يُعطى رقم الكتاب عند طباعته أو حفظه.</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="254" />
        <source>Your role may not issue document numbers, so it cannot print or save the official copy.</source>
        <translation>لا يسمح دورك بإصدار أرقام الكتب، فلا يمكنك طباعة النسخة الرسمية أو حفظها.</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="343" />
        <source>Printing</source>
        <translation>جارٍ الطبع</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="346" />
        <source>Save the document as</source>
        <translation>حفظ المستند باسم</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="347" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="364" />
        <source>Saving the document</source>
        <translation>جارٍ حفظ المستند</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>Backup restored</source>
        <translation>استُعيدت النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>The database it replaced is kept at {file}.</source>
        <translation>قاعدة البيانات التي استُبدلت محفوظة في {file}.</translation>
    </message>
    <message>
        <source>The backup was restored: the window shows the restored data.</source>
        <translation>استُعيدت النسخة الاحتياطية: تعرض النافذة الآن البيانات المستعادة.</translation>
    </message>
    <message>
        <source>The backup was restored. Its data has no active account for {user}: sign in with an account of the restored data.</source>
        <translation>استُعيدت النسخة الاحتياطية. ليس في بياناتها حساب نشط للمستخدم {user}: سجّل الدخول بحساب من البيانات المستعادة.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="190" />
        <source>The sign-in could not read the database; the details are in the log file.</source>
        <translation>تعذّر على تسجيل الدخول قراءة قاعدة البيانات؛ التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="224" />
        <source>Loading the demo data</source>
        <translation>جارٍ تحميل البيانات التجريبية</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="243" />
        <source>Working on the local file this time: the database chosen could not be opened.</source>
        <translation>العمل على الملف المحلي هذه المرة: تعذّر فتح قاعدة البيانات المختارة.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="160" />
        <source>The database could not be opened. Check the address in the settings or the --db option.</source>
        <translation>تعذّر فتح قاعدة البيانات. تحقق من العنوان في الإعدادات أو من الخيار ‎--db.</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <location filename="../../ui/settings/protection.py" line="74" />
        <source>Risk level</source>
        <translation>درجة الخطورة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/protection.py" line="74" />
        <source>Officers</source>
        <translation>الضباط والمنتسبون</translation>
    </message>
    <message>
        <location filename="../../ui/settings/protection.py" line="75" />
        <source>Vehicles</source>
        <translation>العجلات</translation>
    </message>
    <message>
        <location filename="../../ui/settings/protection.py" line="75" />
        <source>Rapid-response cover</source>
        <translation>إسناد قوة الاستجابة السريعة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/protection.py" line="93" />
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <location filename="../../ui/settings/protection.py" line="103" />
        <source>The least protection a centre of each risk level must have in a shift. The assignment board counts a centre's coverage against it: full, partial or none.</source>
        <translation>أدنى حماية يجب أن تتوفر لمركز من كل درجة خطورة في الوجبة الواحدة. تقيس لوحة التكليفات تغطية كل مركز بها: كاملة أو جزئية أو معدومة.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/protection.py" line="113" />
        <source>Reload</source>
        <translation>إعادة القراءة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/protection.py" line="115" />
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/protection.py" line="195" />
        <source>Nothing to save: these are the values stored.</source>
        <translation>لا شيء للحفظ: هذه هي القيم المحفوظة.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/protection.py" line="207" />
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/protection.py" line="214" />
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/protection.py" line="224" />
        <source>Not saved.</source>
        <translation>لم يُحفظ.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/protection.py" line="240" />
        <source>with rapid-response cover</source>
        <translation>مع إسناد قوة الاستجابة السريعة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/protection.py" line="241" />
        <source>without rapid-response cover</source>
        <translation>دون إسناد قوة الاستجابة السريعة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/protection.py" line="243" />
        <source>Not saved: the minimum for «{level}» was changed on another workstation to {officers} officers and {vehicles} vehicles, {cover}. Your values are still here: save again to replace theirs, or reload to take them.</source>
        <translation>لم يُحفظ: غُيّر الحد الأدنى لدرجة «{level}» من محطة عمل أخرى إلى {officers} من الضباط والمنتسبين و{vehicles} من العجلات، {cover}. قيمك باقية هنا: احفظ مرة أخرى لتحل محل قيمهم، أو أعد القراءة لتأخذ قيمهم.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/protection.py" line="258" />
        <source>The minimums were changed on another workstation. Saving will say where yours and theirs differ; reload to see theirs.</source>
        <translation>غُيّرت الحدود الدنيا من محطة عمل أخرى. سيبيّن الحفظ مواضع الاختلاف بين قيمك وقيمهم؛ أعد القراءة لترى قيمهم.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../ui/operations.py" line="240" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <location filename="../../ui/reports/area.py" line="94" />
        <source>Parameters</source>
        <translation>المعطيات</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="97" />
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="109" />
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="112" />
        <source>Save in</source>
        <translation>الحفظ في</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="116" />
        <source>Make the document</source>
        <translation>إعداد المستند</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="133" />
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="171" />
        <source>(the default)</source>
        <translation>(الافتراضي)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="216" />
        <source>Save the documents in</source>
        <translation>حفظ المستندات في</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="247" />
        <source>The folder {folder} cannot be used: {error}</source>
        <translation>لا يمكن استعمال المجلد {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="261" />
        <source>Making {title}…</source>
        <translation>جارٍ إعداد {title}…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="288" />
        <source>The preview is the document itself: print it or save it.</source>
        <translation>المعاينة هي المستند نفسه: اطبعه أو احفظه.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="291" />
        <source>Preview only: the document number is given when it is printed or saved.</source>
        <translation>معاينة فقط: يُعطى رقم الكتاب عند طباعته أو حفظه.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="297" />
        <location filename="../../ui/reports/area.py" line="303" />
        <source>Written: {path}</source>
        <translation>كُتب: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="308" />
        <source>Workbook written</source>
        <translation>كُتب ملف Excel</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="309" />
        <source>The workbook was written to {path}.</source>
        <translation>كُتب ملف Excel في {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/area.py" line="311" />
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/settings/user_dialogs.py" line="188" />
        <source>Change the role of {user}</source>
        <translation>تغيير دور {user}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_dialogs.py" line="192" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_dialogs.py" line="194" />
        <source>{role} is a role of earlier versions: choose one of these.</source>
        <translation>«{role}» دور من إصدارات سابقة: اختر أحد هذه الأدوار.</translation>
    </message>
</context>
<context>
    <name>SessionGuard</name>
    <message>
        <location filename="../../ui/lock.py" line="242" />
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
</context>
<context>
    <name>SettingsArea</name>
    <message>
        <location filename="../../ui/settings/area.py" line="134" />
        <source>Letterheads</source>
        <translation>الترويسات</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="135" />
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="136" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="137" />
        <source>Minimum protection</source>
        <translation>الحد الأدنى للحماية</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="138" />
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/area.py" line="144" />
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/settings/signin.py" line="100" />
        <source>Sign in — Ghurfa</source>
        <translation>تسجيل الدخول — غرفة العمليات</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="109" />
        <source>The demo's accounts, one for each role: choose one to fill in its name and password.</source>
        <translation>حسابات البيانات التجريبية، حساب لكل دور: اختر أحدها ليُملأ اسمه وكلمة مروره.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="116" />
        <location filename="../../ui/settings/signin.py" line="130" />
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="116" />
        <location filename="../../ui/settings/signin.py" line="131" />
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="116" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signin.py" line="135" />
        <source>Sign in</source>
        <translation>دخول</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../desktop/labels.py" line="157" />
        <source>Administrative areas</source>
        <translation>الوحدات الإدارية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="158" />
        <source>Elections</source>
        <translation>الانتخابات</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="159" />
        <source>Election phases</source>
        <translation>مراحل الانتخابات</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="160" />
        <source>Ranks</source>
        <translation>الرتب</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="161" />
        <source>Organisations</source>
        <translation>التشكيلات</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="162" />
        <source>Issuing offices</source>
        <translation>الجهات المصدرة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="163" />
        <source>People</source>
        <translation>المنتسبون</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="164" />
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="165" />
        <source>Users' last visits</source>
        <translation>آخر زيارات المستخدمين</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="166" />
        <source>Wrong passwords lately</source>
        <translation>كلمات المرور الخاطئة الأخيرة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="167" />
        <source>Room settings</source>
        <translation>إعدادات الغرفة</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="168" />
        <source>Shifts</source>
        <translation>الوجبات</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="169" />
        <source>Sectors</source>
        <translation>القواطع</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="170" />
        <source>Sector areas</source>
        <translation>مناطق القواطع</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="171" />
        <source>Centres</source>
        <translation>المراكز</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="172" />
        <source>Centres in each election</source>
        <translation>المراكز في كل انتخابات</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="173" />
        <source>Minimum protection</source>
        <translation>الحد الأدنى للحماية</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="174" />
        <source>Posts</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="175" />
        <source>Vehicles</source>
        <translation>العجلات</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="176" />
        <source>Detachments</source>
        <translation>المفارز</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="177" />
        <source>Detachment members</source>
        <translation>أفراد المفارز</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="178" />
        <source>Assignments</source>
        <translation>التكليفات</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="179" />
        <source>Unavailability of people</source>
        <translation>عدم تفرغ المنتسبين</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="180" />
        <source>Roster history</source>
        <translation>سجل جداول الواجبات</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="181" />
        <source>Rules of duty</source>
        <translation>قواعد الواجب</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="182" />
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="183" />
        <source>Readiness changes</source>
        <translation>تغييرات درجة الاستعداد</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="184" />
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="185" />
        <source>Attendees</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="186" />
        <source>Agenda items</source>
        <translation>فقرات جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="187" />
        <source>Directives</source>
        <translation>التوجيهات</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="188" />
        <source>Directive follow-ups</source>
        <translation>متابعات التوجيهات</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="189" />
        <source>Document numbers</source>
        <translation>أرقام الكتب</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="190" />
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="191" />
        <source>Change log</source>
        <translation>سجل التغييرات</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../ui/home.py" line="93" />
        <source>Open {area}</source>
        <translation>افتح {area}</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../ui/settings/users.py" line="75" />
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="75" />
        <source>Display name</source>
        <translation>الاسم الظاهر</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="75" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="76" />
        <source>Sign-in</source>
        <translation>الدخول</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="91" />
        <source>Deactivated</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="93" />
        <source>No password yet</source>
        <translation>بلا كلمة مرور بعد</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="94" />
        <source>May sign in</source>
        <translation>يستطيع الدخول</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/settings/users.py" line="141" />
        <source>Add a user…</source>
        <translation>إضافة مستخدم…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="143" />
        <source>Change the role…</source>
        <translation>تغيير الدور…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="145" />
        <source>Reset the password…</source>
        <translation>إعادة تعيين كلمة المرور…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="147" />
        <location filename="../../ui/settings/users.py" line="263" />
        <source>Deactivate</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="159" />
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="160" />
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="163" />
        <source>Lock a workstation left unused for</source>
        <translation>قفل محطة العمل المتروكة دون استعمال بعد</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="167" />
        <source>Every workstation of the room locks its screen after this time without a key or a click; the same user's password opens it, and unsaved work stays as it was.</source>
        <translation>تُقفل كل محطة عمل في الغرفة شاشتها بعد هذه المدة دون ضغطة مفتاح أو نقرة؛ وتفتحها كلمة مرور المستخدم نفسه، ويبقى العمل غير المحفوظ كما كان.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="262" />
        <source>Let sign in again</source>
        <translation>إعادة السماح بالدخول</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="286" />
        <source>The user was added.</source>
        <translation>أُضيف المستخدم.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="293" />
        <source>The role of {user} was changed.</source>
        <translation>غُيّر دور {user}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="300" />
        <source>{user} has a new password.</source>
        <translation>لـ{user} كلمة مرور جديدة.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="307" />
        <source>{user} may sign in again.</source>
        <translation>يستطيع {user} الدخول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="308" />
        <source>{user} can no longer sign in.</source>
        <translation>لم يعد {user} يستطيع الدخول.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="318" />
        <source>Saved: workstations lock after {minutes} minutes without use.</source>
        <translation>حُفظ: تُقفل محطات العمل بعد مدة دون استعمال (بالدقائق: {minutes}).</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../ui/launch.py" line="28" />
        <source>The window cannot open: Qt could not be loaded ({error}).</source>
        <translation>لا يمكن فتح النافذة: تعذّر تحميل Qt ({error}).</translation>
    </message>
    <message>
        <location filename="../../ui/system_libraries.py" line="94" />
        <source>The window cannot open: this computer lacks system libraries that Qt needs ({packages}). On Debian or Ubuntu install them (as root) with:
  apt-get install {packages}</source>
        <translation>لا يمكن فتح النافذة: تنقص هذا الحاسوب مكتبات نظام يحتاجها Qt ({packages}). على Debian أو Ubuntu ثبّتها (بصلاحيات الجذر) بالأمر:
  apt-get install {packages}</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Created</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>مصادقة</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>رفع للمصادقة</translation>
    </message>
    <message>
        <source>Returned to the clerk</source>
        <translation>إعادة إلى الكاتب</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>تعديل بعد المصادقة</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>نشر</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>تسجيل دخول</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>رفض تسجيل الدخول</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Number issued</source>
        <translation>إصدار رقم</translation>
    </message>
    <message>
        <source>Number voided</source>
        <translation>إلغاء رقم</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>تغيير الدور</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>ترحيل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>Entry</source>
        <translation>القيد</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>الوقت (بالتوقيت العالمي)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>محطة العمل</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>رقم السجل</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Changes (old → new)</source>
        <translation>التغييرات (القديم ← الجديد)</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>All users</source>
        <translation>كل المستخدمين</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>كل الإجراءات</translation>
    </message>
    <message>
        <source>All kinds of record</source>
        <translation>كل أنواع السجلات</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>رقم السجل</translation>
    </message>
    <message>
        <source>any</source>
        <translation>أي</translation>
    </message>
    <message>
        <source>Choose an entry to see the fields it changed.</source>
        <translation>اختر قيدًا لترى الحقول التي غيّرها.</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>رقم السجل</translation>
    </message>
    <message>
        <source>Entries: {count}</source>
        <translation>القيود: {count}</translation>
    </message>
    <message>
        <source>No fields recorded.</source>
        <translation>لم تُسجَّل حقول.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>جارٍ تصدير سجل التدقيق…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>كُتب: {path}</translation>
    </message>
    <message>
        <source>Who changed this…</source>
        <translation>من غيّر هذا…</translation>
    </message>
    <message>
        <source>The audit trail of the record chosen: who changed it, when, and what.</source>
        <translation>سجل التدقيق للسجل المختار: من غيّره، ومتى، وماذا غيّر.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Who changed this: {kind} {id}</source>
        <translation>من غيّر هذا: {kind} {id}</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>At start</source>
        <translation>عند التشغيل</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>قبل استيراد</translation>
    </message>
    <message>
        <source>Before an update of the schema</source>
        <translation>قبل تحديث المخطط</translation>
    </message>
    <message>
        <source>Before a downgrade of the schema</source>
        <translation>قبل إرجاع المخطط</translation>
    </message>
    <message>
        <source>Every half hour</source>
        <translation>كل نصف ساعة</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>نسخة يدوية</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>وقت النسخ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Replace the room's database by the backup {file}?

Everything recorded since it was taken is replaced, for every workstation. The current database is kept aside first. The window then shows the restored data.</source>
        <translation>أتستبدل قاعدة بيانات الغرفة بالنسخة الاحتياطية {file}؟

كل ما سُجّل منذ أُخذت يُستبدل، لكل المحطات. تُحفظ قاعدة البيانات الحالية جانباً أولاً. ثم تعرض النافذة البيانات المستعادة.</translation>
    </message>
    <message>
        <source>The backups go to {folder} from now on.</source>
        <translation>ستُحفظ النسخ الاحتياطية في {folder} من الآن.</translation>
    </message>
    <message>
        <source>The backups folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Last automatic backup failed: {time} ({why}): {reason}</source>
        <translation>تعذّر آخر نسخ احتياطي تلقائي: {time} ({why}): {reason}</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>لا توجد نسخة احتياطية بعد</translation>
    </message>
    <message>
        <source>Last backup: {time} ({why})</source>
        <translation>آخر نسخة احتياطية: {time} ({why})</translation>
    </message>
    <message>
        <source>Choose the folder the backups go to</source>
        <translation>اختر المجلد الذي تُحفظ فيه النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>انسخ احتياطياً الآن</translation>
    </message>
    <message>
        <source>Restore the chosen backup…</source>
        <translation>استعد النسخة المختارة…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>استعد من ملف…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3 *.db *.dump);;All files (*)</source>
        <translation>النسخ الاحتياطية (*.sqlite3 *.db *.dump);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>استُعيدت النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>The backup was restored. The program now closes: start it again to work on the restored data.</source>
        <translation>استُعيدت النسخة الاحتياطية. سيُغلق البرنامج الآن: شغّله من جديد ليعمل على البيانات المستعادة.</translation>
    </message>
    <message>
        <source>No automatic backups yet.</source>
        <translation>لا توجد نسخ احتياطية تلقائية بعد.</translation>
    </message>
    <message>
        <source>Automatic backups are taken at start, before an import or an update of the schema, and every {minutes} minutes when something changed. They are kept in rotation: the newest of each of the last 12 days, 10 weeks and 9 months.</source>
        <translation>تؤخذ النسخ الاحتياطية التلقائية عند التشغيل، وقبل الاستيراد أو تحديث المخطط، وكل {minutes} دقيقة إذا تغيّر شيء. وتُحفظ بالتناوب: أحدث نسخة من كل يوم من آخر 12 يوماً، ومن كل أسبوع من آخر 10 أسابيع، ومن كل شهر من آخر 9 أشهر.</translation>
    </message>
    <message>
        <source>Replace the room's database by the backup {file}?

Everything recorded since it was taken is replaced, for every workstation. The current database is kept aside first. The program then closes; start it again to work on the restored data.</source>
        <translation>أتستبدل قاعدة بيانات الغرفة بالنسخة الاحتياطية {file}؟

كل ما سُجّل منذ أُخذت يُستبدل، لكل المحطات. تُحفظ قاعدة البيانات الحالية جانباً أولاً. ثم يُغلق البرنامج؛ شغّله من جديد ليعمل على البيانات المستعادة.</translation>
    </message>
    <message>
        <source>Checking and restoring {file}…</source>
        <translation>جارٍ فحص {file} واستعادتها…</translation>
    </message>
    <message>
        <source>Backups folder: {folder}</source>
        <translation>مجلد النسخ الاحتياطية: {folder}</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>نُسخت احتياطياً إلى {file}.</translation>
    </message>
    <message>
        <source>Restored. The database it replaced is kept at {file}.</source>
        <translation>تمت الاستعادة. قاعدة البيانات التي حلّت محلها محفوظة في {file}.</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الواجب</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المنسَّب</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>العجلة</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>من أين</translation>
    </message>
    <message>
        <source>Another unit of the command (to confirm)</source>
        <translation>وحدة أخرى من القيادة (يُؤكَّد)</translation>
    </message>
    <message>
        <source>The sector itself</source>
        <translation>من القاطع نفسه</translation>
    </message>
    <message>
        <source>The sector's own unit</source>
        <translation>من وحدة القاطع</translation>
    </message>
    <message>
        <source>Another unit of the command</source>
        <translation>وحدة أخرى من القيادة</translation>
    </message>
    <message>
        <source>Anyone of the room</source>
        <translation>أيّ منتسب في الغرفة</translation>
    </message>
</context>
<context>
    <name>FillDialog</name>
    <message>
        <source>Fill the gaps — {shift}</source>
        <translation>سدّ الثغرات — {shift}</translation>
    </message>
    <message>
        <source>Space ticks or unticks the row chosen.</source>
        <translation>مفتاح المسافة يؤشّر الصف المختار أو يلغي تأشيره.</translation>
    </message>
    <message>
        <source>Centres not fully covered: {before} of {centres}; after the proposal: {after}. Officers wanting: {officers_before} → {officers_after}; vehicles wanting: {vehicles_before} → {vehicles_after}. Assignments proposed: {rows}.</source>
        <translation>المراكز غير المغطاة كلياً: {before} من {centres}؛ وبعد الاقتراح: {after}. النقص في المنتسبين: {officers_before} ← {officers_after}؛ وفي العجلات: {vehicles_before} ← {vehicles_after}. التنسيبات المقترحة: {rows}.</translation>
    </message>
    <message>
        <source>Hours of duty of the {people} people free for the shift: widest gap {before} → {after} hours; standard deviation {deviation_before} → {deviation_after}. Nobody is proposed who is on duty elsewhere, unavailable, inactive or short of rest, and no pinned assignment moves.</source>
        <translation>ساعات واجب المتاحين للوجبة (عددهم: {people}): أوسع فرق بالساعات: {before} ← {after}؛ الانحراف المعياري: {deviation_before} ← {deviation_after}. لا يُقترح من هو في واجب آخر أو غير متاح أو غير فعّال أو لم يستوفِ الراحة، ولا يُنقل تنسيب مثبّت.</translation>
    </message>
    <message>
        <source>Still short for want of anyone free: {sites} sites.</source>
        <translation>ما بقي ناقصاً لعدم وجود متاحين — المواقع: {sites}.</translation>
    </message>
    <message>
        <source>Accept the rows ticked</source>
        <translation>قبول الصفوف المؤشّرة</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>تأشير الكل</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>إلغاء التأشير</translation>
    </message>
    <message>
        <source>Rows ticked: {chosen} of {rows}</source>
        <translation>الصفوف المؤشّرة: {chosen} من {rows}</translation>
    </message>
</context>
<context>
    <name>ImportPersonnelDialog</name>
    <message>
        <source>Choose the personnel sheet</source>
        <translation>اختيار ورقة المنتسبين</translation>
    </message>
    <message>
        <source>Import personnel</source>
        <translation>استيراد المنتسبين</translation>
    </message>
    <message>
        <source>Import personnel from a sheet</source>
        <translation>استيراد المنتسبين من ورقة</translation>
    </message>
    <message>
        <source>Importing the personnel…</source>
        <translation>استيراد المنتسبين…</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>الرقم الإحصائي</translation>
    </message>
    <message>
        <source>The import would create {created} people, update {updated} and leave {unchanged} as they are; {rejected} rows would be rejected.</source>
        <translation>أشخاص سيُنشؤون: {created}، سيُحدَّثون: {updated}، يبقون على حالهم: {unchanged}؛ صفوف ستُرفض: {rejected}.</translation>
    </message>
    <message>
        <source>The personnel were imported.</source>
        <translation>استُورد المنتسبون.</translation>
    </message>
    <message>
        <source>{count} service numbers were stored as numbers in the workbook (any leading zeros were lost there); {restored} of them matched a recorded number with its zeros.</source>
        <translation>أرقام إحصائية خُزّنت في المصنف أرقاماً: {count} (فضاعت فيها أي أصفار في أولها)؛ طابق {restored} منها رقماً مسجلاً بأصفاره.</translation>
    </message>
    <message>
        <source>{created} people created, {updated} updated, {unchanged} unchanged; {rejected} rows rejected.</source>
        <translation>أشخاص أُنشئوا: {created}، حُدّثوا: {updated}، بلا تغيير: {unchanged}؛ صفوف رُفضت: {rejected}.</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>No column holds {field}: choose it for its column in the list of columns.</source>
        <translation>لم يُختر عمود لـ{field}: اختره أمام عموده في قائمة الأعمدة.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;تدقيق</translation>
    </message>
    <message>
        <source>&amp;Export rejected rows…</source>
        <translation>&amp;تصدير الصفوف المرفوضة…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Checking the sheet…</source>
        <translation>تدقيق الورقة…</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>اختيار &amp;ملف…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>تصدير الصفوف المرفوضة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation>أول صفوف الورقة</translation>
    </message>
    <message>
        <source>Import the others</source>
        <translation>استيراد البقية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>لم يُختر ملف</translation>
    </message>
    <message>
        <source>Nothing to change: the sheet is as recorded.</source>
        <translation>لا شيء يتغير: الورقة مطابقة لما هو مسجّل.</translation>
    </message>
    <message>
        <source>Nothing was written: rows were rejected.</source>
        <translation>لم يُكتب شيء: رُفضت بعض الصفوف.</translation>
    </message>
    <message>
        <source>Reading the sheet…</source>
        <translation>قراءة الورقة…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>الصفوف المرفوضة</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Rows that would be rejected</source>
        <translation>الصفوف التي سترفض</translation>
    </message>
    <message>
        <source>Sheet «{sheet}» of {file}</source>
        <translation>الورقة «{sheet}» من {file}</translation>
    </message>
    <message>
        <source>Sheets ({patterns})</source>
        <translation>الأوراق ({patterns})</translation>
    </message>
    <message>
        <source>The rejected rows were written to {file}.</source>
        <translation>كُتبت الصفوف المرفوضة في {file}.</translation>
    </message>
    <message>
        <source>Writing the rejected rows…</source>
        <translation>كتابة الصفوف المرفوضة…</translation>
    </message>
    <message>
        <source>{rejected} rows of the sheet would be rejected (their reasons are listed). Import the other {good} rows?</source>
        <translation>الصفوف التي ستُرفض من الورقة: {rejected} (أسبابها مبيّنة في القائمة). هل تستورد الصفوف الأخرى وعددها {good}؟</translation>
    </message>
    <message>
        <source>{where}: the header is on row {row}; {count} rows under it. The first {shown} are shown.</source>
        <translation>{where}: العناوين في الصف {row}، وتحتها من الصفوف {count}، يُعرض أولها ({shown}).</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— لا يُستورد —</translation>
    </message>
</context>
<context>
    <name>VehicleTargetDialog</name>
    <message>
        <source>More than one at {site} in this shift has no vehicle. Who goes out with the vehicle {plate}?</source>
        <translation>في {site} أكثر من تنسيب بلا عجلة في هذه الوجبة. مع مَن تخرج العجلة {plate}؟</translation>
    </message>
    <message>
        <source>Give the vehicle</source>
        <translation>إلحاق العجلة</translation>
    </message>
    <message>
        <source>{role}: {who}</source>
        <translation>{role}: {who}</translation>
    </message>
    <message>
        <source>Vehicle {plate} at {site}</source>
        <translation>العجلة {plate} إلى {site}</translation>
    </message>
</context>
</TS>
