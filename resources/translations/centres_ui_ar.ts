<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AreaEditor</name>
    <message>
        <location filename="../../ui/centres/editors.py" line="350"/>
        <source>Area</source>
        <translation>منطقة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="351"/>
        <source>New area</source>
        <translation>منطقة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="360"/>
        <source>(top of the tree)</source>
        <translation>(في أعلى الشجرة)</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="365"/>
        <source>&amp;Name (Arabic)</source>
        <translation>الا&amp;سم بالعربية</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="366"/>
        <source>Name (&amp;English)</source>
        <translation>الاسم بالإن&amp;كليزية</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="367"/>
        <source>&amp;Level</source>
        <translation>ال&amp;مستوى</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="368"/>
        <source>&amp;Under</source>
        <translation>&amp;تتبع</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="369"/>
        <source>&amp;Code</source>
        <translation>ال&amp;رمز</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="409"/>
        <source>Name (Arabic)</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="410"/>
        <source>Name (English)</source>
        <translation>الاسم بالإنكليزية</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="411"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="412"/>
        <source>Under</source>
        <translation>تتبع</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="414"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
</context>
<context>
    <name>AreasPage</name>
    <message>
        <location filename="../../ui/centres/pages.py" line="280"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/centres/pages.py" line="280"/>
        <source>English name</source>
        <translation>الاسم بالإنكليزية</translation>
    </message>
    <message>
        <location filename="../../ui/centres/pages.py" line="280"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../ui/centres/pages.py" line="281"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/centres/pages.py" line="287"/>
        <source>New area</source>
        <translation>منطقة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/pages.py" line="313"/>
        <source>{count} areas</source>
        <translation>عدد المناطق: {count}</translation>
    </message>
</context>
<context>
    <name>CentreEditor</name>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="72"/>
        <source>Centre</source>
        <translation>مركز</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="73"/>
        <source>New centre</source>
        <translation>مركز جديد</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="86"/>
        <location filename="../../ui/centres/centre_editor.py" line="87"/>
        <source>(none)</source>
        <translation>(بلا)</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="95"/>
        <source>Commission &amp;code</source>
        <translation>&amp;رمز المفوضية</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="96"/>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="97"/>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="98"/>
        <source>&amp;Area</source>
        <translation>ال&amp;منطقة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="99"/>
        <source>S&amp;ector</source>
        <translation>ال&amp;قاطع</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="100"/>
        <source>A&amp;ddress</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="101"/>
        <source>Place on the map</source>
        <translation>الموقع على الخريطة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="102"/>
        <location filename="../../ui/centres/centre_editor.py" line="239"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="104"/>
        <source>The commission&apos;s facts for «{election}»</source>
        <translation>بيانات المفوضية في «{election}»</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="106"/>
        <source>No election chosen</source>
        <translation>لم تُختر انتخابات</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="115"/>
        <source>&amp;Risk</source>
        <translation>درجة ال&amp;خطورة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="116"/>
        <source>S&amp;tations</source>
        <translation>عدد الم&amp;حطات</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="117"/>
        <source>&amp;Voters</source>
        <translation>عدد الناخ&amp;بين</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="118"/>
        <source>&amp;Status</source>
        <translation>الحا&amp;لة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="223"/>
        <source>Risk</source>
        <translation>درجة الخطورة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="224"/>
        <source>Stations</source>
        <translation>عدد المحطات</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="225"/>
        <source>Voters</source>
        <translation>عدد الناخبين</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="226"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="228"/>
        <source>Commission code</source>
        <translation>رمز المفوضية</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="229"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="230"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="232"/>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="234"/>
        <source>Sector</source>
        <translation>القاطع</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="236"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="237"/>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../../ui/centres/centre_editor.py" line="238"/>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
</context>
<context>
    <name>Centres</name>
    <message>
        <location filename="../../ui/centres/common.py" line="38"/>
        <source>Nobody is signed in.</source>
        <translation>لم يسجّل أحد دخوله.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="74"/>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="77"/>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location filename="../../ui/centres/pages.py" line="124"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../ui/centres/pages.py" line="125"/>
        <source>Open…</source>
        <translation>عرض…</translation>
    </message>
</context>
<context>
    <name>CentresArea</name>
    <message>
        <location filename="../../ui/centres/area.py" line="100"/>
        <source>&amp;Election</source>
        <translation>الان&amp;تخابات</translation>
    </message>
    <message>
        <location filename="../../ui/centres/area.py" line="111"/>
        <source>New centre</source>
        <translation>مركز جديد</translation>
    </message>
    <message>
        <location filename="../../ui/centres/area.py" line="113"/>
        <source>Import centres…</source>
        <translation>استيراد المراكز…</translation>
    </message>
    <message>
        <location filename="../../ui/centres/area.py" line="121"/>
        <source>The import of the commission&apos;s sheets is not in this version yet.</source>
        <translation>استيراد جداول المفوضية غير متاح في هذا الإصدار بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/area.py" line="135"/>
        <source>New post</source>
        <translation>نقطة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/area.py" line="140"/>
        <source>New sector</source>
        <translation>قاطع جديد</translation>
    </message>
    <message>
        <location filename="../../ui/centres/area.py" line="148"/>
        <source>Centres</source>
        <translation>المراكز</translation>
    </message>
    <message>
        <location filename="../../ui/centres/area.py" line="149"/>
        <source>Posts</source>
        <translation>النقاط والسيطرات</translation>
    </message>
    <message>
        <location filename="../../ui/centres/area.py" line="150"/>
        <source>Sectors</source>
        <translation>القواطع</translation>
    </message>
    <message>
        <location filename="../../ui/centres/area.py" line="151"/>
        <source>Areas</source>
        <translation>المناطق الإدارية</translation>
    </message>
    <message>
        <location filename="../../ui/centres/area.py" line="154"/>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/area.py" line="285"/>
        <source>The offline map of the centres, coloured by risk or by the coverage of a shift.</source>
        <translation>خريطة المراكز دون اتصال بالإنترنت، ملوّنة بدرجة الخطورة أو بتغطية الوجبة.</translation>
    </message>
</context>
<context>
    <name>CentresList</name>
    <message>
        <location filename="../../ui/centres/listing.py" line="80"/>
        <source>Code, name, place, sector, address…</source>
        <translation>الرمز أو الاسم أو المكان أو القاطع أو العنوان…</translation>
    </message>
    <message>
        <location filename="../../ui/centres/listing.py" line="82"/>
        <source>All governorates</source>
        <translation>كل المحافظات</translation>
    </message>
    <message>
        <location filename="../../ui/centres/listing.py" line="83"/>
        <source>All districts</source>
        <translation>كل الأقضية</translation>
    </message>
    <message>
        <location filename="../../ui/centres/listing.py" line="84"/>
        <source>All sectors</source>
        <translation>كل القواطع</translation>
    </message>
    <message>
        <location filename="../../ui/centres/listing.py" line="85"/>
        <source>Any risk</source>
        <translation>أي درجة خطورة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/listing.py" line="86"/>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location filename="../../ui/centres/listing.py" line="87"/>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/listing.py" line="88"/>
        <source>In this election only</source>
        <translation>في هذه الانتخابات فقط</translation>
    </message>
    <message>
        <location filename="../../ui/centres/listing.py" line="128"/>
        <source>&amp;Search</source>
        <translation>ب&amp;حث</translation>
    </message>
    <message>
        <location filename="../../ui/centres/listing.py" line="132"/>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/listing.py" line="133"/>
        <source>District</source>
        <translation>القضاء</translation>
    </message>
    <message>
        <location filename="../../ui/centres/listing.py" line="134"/>
        <source>Sector</source>
        <translation>القاطع</translation>
    </message>
    <message>
        <location filename="../../ui/centres/listing.py" line="134"/>
        <source>Risk</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/listing.py" line="135"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/centres/listing.py" line="135"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/listing.py" line="355"/>
        <source>Reading the centres…</source>
        <translation>جارٍ قراءة المراكز…</translation>
    </message>
    <message>
        <location filename="../../ui/centres/listing.py" line="357"/>
        <source>{shown} of {total} centres</source>
        <translation>{shown} من {total} مركز</translation>
    </message>
</context>
<context>
    <name>CentresModel</name>
    <message>
        <location filename="../../ui/centres/table.py" line="114"/>
        <source>Registration</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/centres/table.py" line="115"/>
        <source>Polling</source>
        <translation>اقتراع</translation>
    </message>
    <message>
        <location filename="../../ui/centres/table.py" line="120"/>
        <source>Registration centre</source>
        <translation>مركز تسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/centres/table.py" line="121"/>
        <source>Polling centre</source>
        <translation>مركز اقتراع</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/centres/area.py" line="62"/>
        <source>Post</source>
        <translation>النقطة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/area.py" line="63"/>
        <location filename="../../ui/centres/table.py" line="161"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/centres/area.py" line="64"/>
        <location filename="../../ui/centres/area.py" line="76"/>
        <location filename="../../ui/centres/table.py" line="169"/>
        <source>Sector</source>
        <translation>القاطع</translation>
    </message>
    <message>
        <location filename="../../ui/centres/area.py" line="65"/>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/area.py" line="66"/>
        <source>Place on the map</source>
        <translation>الموقع على الخريطة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/area.py" line="77"/>
        <source>Responsible organisation</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/area.py" line="79"/>
        <source>Areas covered</source>
        <translation>المناطق المشمولة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/area.py" line="80"/>
        <source>Centres</source>
        <translation>المراكز</translation>
    </message>
    <message>
        <location filename="../../ui/centres/area.py" line="82"/>
        <source>Posts</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../../ui/centres/table.py" line="157"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/centres/table.py" line="159"/>
        <source>Centre</source>
        <translation>المركز</translation>
    </message>
    <message>
        <location filename="../../ui/centres/table.py" line="163"/>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/table.py" line="165"/>
        <source>District</source>
        <translation>القضاء</translation>
    </message>
    <message>
        <location filename="../../ui/centres/table.py" line="167"/>
        <source>Sub-district</source>
        <translation>الناحية</translation>
    </message>
    <message>
        <location filename="../../ui/centres/table.py" line="171"/>
        <source>Risk</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/table.py" line="173"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/table.py" line="175"/>
        <source>Stations</source>
        <translation>المحطات</translation>
    </message>
    <message>
        <location filename="../../ui/centres/table.py" line="178"/>
        <source>Voters</source>
        <translation>الناخبون</translation>
    </message>
</context>
<context>
    <name>ImportCentresDialog</name>
    <message>
        <source>… and {count} more.</source>
        <translation>… وصفوف أخرى: {count}.</translation>
    </message>
    <message>
        <source>Row {row}: {warning}</source>
        <translation>الصف {row}: {warning}</translation>
    </message>
    <message>
        <source>{count} rows were taken as written but should be checked:</source>
        <translation>صفوف أُخذت كما كُتبت وينبغي التحقق منها، عددها {count}:</translation>
    </message>
    <message>
        <source>Totals rows at the foot of the sheet were left out (they are not centres): {rows}.</source>
        <translation>تُركت صفوف المجموع في ذيل الورقة (فهي ليست مراكز): {rows}.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="78"/>
        <source>Import centres from a sheet</source>
        <translation>استيراد المراكز من ورقة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="84"/>
        <source>&amp;Check</source>
        <translation>&amp;تدقيق</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="86"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="107"/>
        <source>No file chosen</source>
        <translation>لم يُختر ملف</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="109"/>
        <source>Choose &amp;file…</source>
        <translation>اختيار &amp;ملف…</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="119"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="120"/>
        <source>&amp;Election</source>
        <translation>الا&amp;نتخابات</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="124"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="138"/>
        <source>First rows of the sheet</source>
        <translation>أول صفوف الورقة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="154"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="154"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="154"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="154"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="156"/>
        <source>Rows that would be rejected</source>
        <translation>الصفوف التي سترفض</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="179"/>
        <source>&amp;Export rejected rows…</source>
        <translation>&amp;تصدير الصفوف المرفوضة…</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="181"/>
        <source>Rejected rows</source>
        <translation>الصفوف المرفوضة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="248"/>
        <source>No election is recorded yet: the centres&apos; risk, stations and voters belong to one. Add the election first, then import.</source>
        <translation>لا توجد انتخابات مسجّلة بعد، ودرجة خطورة المراكز ومحطاتها وناخبوها تخص انتخابات بعينها. أضف الانتخابات أولاً ثم استورد.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="258"/>
        <source>Choose the centres sheet</source>
        <translation>اختيار ورقة المراكز</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="259"/>
        <source>Sheets ({patterns})</source>
        <translation>الأوراق ({patterns})</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="277"/>
        <source>Reading the sheet…</source>
        <translation>قراءة الورقة…</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="295"/>
        <source>Sheet «{sheet}» of {file}</source>
        <translation>الورقة «{sheet}» من {file}</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="298"/>
        <source>{where}: the header is on row {row}; {count} rows under it. The first {shown} are shown.</source>
        <translation>{where}: العناوين في الصف {row}، وتحتها من الصفوف {count}، يُعرض أولها ({shown}).</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="322"/>
        <source>— not imported —</source>
        <translation>— لا يُستورد —</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="396"/>
        <source>Checking the sheet…</source>
        <translation>تدقيق الورقة…</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="427"/>
        <source>Import centres</source>
        <translation>استيراد المراكز</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="428"/>
        <source>{rejected} rows of the sheet would be rejected (their reasons are listed). Import the other {good} rows?</source>
        <translation>الصفوف التي ستُرفض من الورقة: {rejected} (أسبابها مبيّنة في القائمة). هل تستورد الصفوف الأخرى وعددها {good}؟</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="433"/>
        <source>Import the others</source>
        <translation>استيراد البقية</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="448"/>
        <source>Importing the centres…</source>
        <translation>استيراد المراكز…</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="455"/>
        <source>Nothing was written: rows were rejected.</source>
        <translation>لم يُكتب شيء: رُفضت بعض الصفوف.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="457"/>
        <source>The centres were imported.</source>
        <translation>استُوردت المراكز.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="459"/>
        <source>Nothing to change: the sheet is as recorded.</source>
        <translation>لا شيء يتغير: الورقة مطابقة لما هو مسجّل.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="470"/>
        <source>For {election}, the import would create {created} centres, update {updated} and leave {unchanged} as they are; {rejected} rows would be rejected.</source>
        <translation>في {election} — مراكز ستُنشأ: {created}، ستُحدَّث: {updated}، تبقى على حالها: {unchanged}؛ صفوف ستُرفض: {rejected}.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="474"/>
        <source>For {election}: {created} centres created, {updated} updated, {unchanged} unchanged; {rejected} rows rejected.</source>
        <translation>في {election} — مراكز أُنشئت: {created}، حُدّثت: {updated}، بقيت بلا تغيير: {unchanged}؛ صفوف رُفضت: {rejected}.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="480"/>
        <source>Areas added to the tree: {count}.</source>
        <translation>المناطق المضافة إلى الشجرة: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="483"/>
        <source>{count} codes were stored as numbers in the workbook (any leading zeros were lost there); {restored} of them matched a recorded code with its zeros.</source>
        <translation>رموز خُزّنت في المصنف أرقاماً: {count} (فضاعت فيها أي أصفار في أولها)؛ طابق {restored} منها رمزاً مسجلاً بأصفاره.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="499"/>
        <source>Export rejected rows</source>
        <translation>تصدير الصفوف المرفوضة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="500"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="517"/>
        <source>The rejected rows were written to {file}.</source>
        <translation>كُتبت الصفوف المرفوضة في {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/import_dialog.py" line="520"/>
        <source>Writing the rejected rows…</source>
        <translation>كتابة الصفوف المرفوضة…</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../ui/centres/map_view.py" line="227"/>
        <source>Colour by risk</source>
        <translation>التلوين حسب درجة الخطورة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/map_view.py" line="228"/>
        <source>Colour by coverage of a shift</source>
        <translation>التلوين حسب تغطية وجبة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/map_view.py" line="232"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/centres/map_view.py" line="252"/>
        <source>Shift</source>
        <translation>الوجبة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/map_view.py" line="289"/>
        <source>Drawing the map…</source>
        <translation>جارٍ رسم الخريطة…</translation>
    </message>
    <message>
        <location filename="../../ui/centres/map_view.py" line="332"/>
        <source>This election has no shifts yet: coverage is measured for one shift.</source>
        <translation>لا وجبات لهذه الانتخابات بعد: التغطية تُقاس لوجبة واحدة.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/map_view.py" line="372"/>
        <source>The map could not be drawn. The log has the details.</source>
        <translation>تعذّر رسم الخريطة. التفاصيل في السجل.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/map_view.py" line="383"/>
        <location filename="../../ui/centres/map_view.py" line="394"/>
        <source>The map could not be shown.</source>
        <translation>تعذّر عرض الخريطة.</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../../ui/centres/editors.py" line="99"/>
        <source>Post</source>
        <translation>نقطة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="100"/>
        <source>New post</source>
        <translation>نقطة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="105"/>
        <location filename="../../ui/centres/editors.py" line="106"/>
        <source>(none)</source>
        <translation>(بلا)</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="110"/>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="111"/>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="112"/>
        <source>&amp;Area</source>
        <translation>ال&amp;منطقة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="113"/>
        <source>S&amp;ector</source>
        <translation>ال&amp;قاطع</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="114"/>
        <source>Place on the map</source>
        <translation>الموقع على الخريطة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="116"/>
        <location filename="../../ui/centres/editors.py" line="167"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="159"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="160"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="161"/>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="163"/>
        <source>Sector</source>
        <translation>القاطع</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="165"/>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="166"/>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
</context>
<context>
    <name>RecordConflict</name>
    <message>
        <location filename="../../ui/centres/conflict.py" line="58"/>
        <source>Saved elsewhere first</source>
        <translation>حُفظ في مكان آخر أولاً</translation>
    </message>
    <message>
        <location filename="../../ui/centres/conflict.py" line="62"/>
        <source>Nothing of yours was saved. Compare the values, then take theirs or keep yours.</source>
        <translation>لم يُحفظ شيء مما أدخلته. قارن القيم، ثم خذ قيمهم أو أبقِ قيمك.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/conflict.py" line="68"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../ui/centres/conflict.py" line="68"/>
        <source>Theirs (stored now)</source>
        <translation>قيمهم (المحفوظة الآن)</translation>
    </message>
    <message>
        <location filename="../../ui/centres/conflict.py" line="68"/>
        <source>Mine (typed here)</source>
        <translation>قيمي (المُدخلة هنا)</translation>
    </message>
    <message>
        <location filename="../../ui/centres/conflict.py" line="89"/>
        <source>Take theirs</source>
        <translation>خذ قيمهم</translation>
    </message>
    <message>
        <location filename="../../ui/centres/conflict.py" line="92"/>
        <source>Keep mine</source>
        <translation>أبقِ قيمي</translation>
    </message>
    <message>
        <location filename="../../ui/centres/conflict.py" line="94"/>
        <source>Your values stay in the form; saving again replaces theirs.</source>
        <translation>تبقى قيمك في النموذج؛ والحفظ مرة أخرى يحلّها محل قيمهم.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/conflict.py" line="97"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/centres/conflict.py" line="115"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/centres/conflict.py" line="116"/>
        <source>The stored values are now in the form. Yours are on the clipboard, and above until you close this window.</source>
        <translation>القيم المحفوظة في النموذج الآن. قيمك في الحافظة، وفي الأعلى حتى تغلق هذه النافذة.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/centres/form.py" line="85"/>
        <source>Reload</source>
        <translation>إعادة القراءة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/form.py" line="190"/>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <location filename="../../ui/centres/form.py" line="237"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../ui/centres/form.py" line="257"/>
        <source>Not saved: this record was changed elsewhere since you opened it.</source>
        <translation>لم يُحفظ: غُيّر هذا السجل في مكان آخر منذ أن فتحته.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/form.py" line="262"/>
        <source>Not saved.</source>
        <translation>لم يُحفظ.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/form.py" line="271"/>
        <source>Another workstation saved this record after you opened it.</source>
        <translation>حفظت محطة عمل أخرى هذا السجل بعد أن فتحته.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/form.py" line="280"/>
        <source>The stored values are in the form; yours are on the clipboard.</source>
        <translation>القيم المحفوظة في النموذج الآن؛ وقيمك في الحافظة.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/form.py" line="285"/>
        <source>Your values are kept. Save again to replace theirs.</source>
        <translation>أُبقيت قيمك. احفظ مرة أخرى لتحل محل قيمهم.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/form.py" line="300"/>
        <source>This record was deleted on another workstation; what you typed is still here.</source>
        <translation>حُذف هذا السجل من محطة عمل أخرى؛ ما أدخلته باقٍ هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/form.py" line="314"/>
        <source>This record was changed on another workstation since you opened it. Saving will show what differs.</source>
        <translation>غُيّر هذا السجل من محطة عمل أخرى منذ أن فتحته. سيبيّن الحفظ ما اختلف.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/form.py" line="316"/>
        <source>«{user}» at {workstation} changed this record since you opened it. Saving will show what differs.</source>
        <translation>غيّر «{user}» في {workstation} هذا السجل منذ أن فتحته. سيبيّن الحفظ ما اختلف.</translation>
    </message>
    <message>
        <location filename="../../ui/centres/form.py" line="338"/>
        <source>Discard the changes you typed?</source>
        <translation>هل تتخلى عن التغييرات التي أدخلتها؟</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../ui/centres/pages.py" line="205"/>
        <source>Search…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <location filename="../../ui/centres/pages.py" line="246"/>
        <source>{count} in all</source>
        <translation>المجموع: {count}</translation>
    </message>
</context>
<context>
    <name>SectorEditor</name>
    <message>
        <location filename="../../ui/centres/editors.py" line="236"/>
        <source>Sector</source>
        <translation>قاطع</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="237"/>
        <source>New sector</source>
        <translation>قاطع جديد</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="242"/>
        <source>(none)</source>
        <translation>(بلا)</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="248"/>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="249"/>
        <source>&amp;Responsible organisation</source>
        <translation>الجهة ال&amp;مسؤولة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="250"/>
        <source>Areas &amp;covered</source>
        <translation>المناطق الم&amp;شمولة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="251"/>
        <location filename="../../ui/centres/editors.py" line="313"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="307"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="308"/>
        <source>Responsible organisation</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <location filename="../../ui/centres/editors.py" line="311"/>
        <source>Areas covered</source>
        <translation>المناطق المشمولة</translation>
    </message>
</context>
</TS>
