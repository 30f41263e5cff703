<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/personnel/area.py" line="37" />
        <source>Detachment</source>
        <translation>المفرزة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/area.py" line="38" />
        <location filename="../../ui/personnel/area.py" line="48" />
        <location filename="../../ui/personnel/people.py" line="51" />
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/area.py" line="40" />
        <source>Leader</source>
        <translation>آمر المفرزة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/area.py" line="42" />
        <source>Crew</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/area.py" line="43" />
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/area.py" line="46" />
        <source>Plate</source>
        <translation>رقم العجلة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/area.py" line="47" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/area.py" line="50" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/people.py" line="45" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/people.py" line="46" />
        <source>Rank</source>
        <translation>الرتبة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/people.py" line="48" />
        <source>Service number</source>
        <translation>الرقم الإحصائي</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/people.py" line="53" />
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/people.py" line="54" />
        <source>Home sector</source>
        <translation>القاطع الأصلي</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/people.py" line="55" />
        <source>Active</source>
        <translation>في الخدمة</translation>
    </message>
</context>
<context>
    <name>DetachmentEditor</name>
    <message>
        <location filename="../../ui/personnel/detachment_form.py" line="62" />
        <source>Detachment</source>
        <translation>المفرزة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/detachment_form.py" line="63" />
        <source>New detachment</source>
        <translation>مفرزة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/detachment_form.py" line="70" />
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/detachment_form.py" line="76" />
        <source>Take out of the crew</source>
        <translation>إخراج من المفرزة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/detachment_form.py" line="81" />
        <source>Name, rank, service number…</source>
        <translation>الاسم أو الرتبة أو الرقم الإحصائي…</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/detachment_form.py" line="86" />
        <source>Add to the crew</source>
        <translation>إضافة إلى المفرزة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/detachment_form.py" line="88" />
        <source>Make the leader</source>
        <translation>تعيينه آمراً للمفرزة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/detachment_form.py" line="90" />
        <source>A crew change amends its published rosters</source>
        <translation>تغيير أفرادها تعديلٌ لجداولها المنشورة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/detachment_form.py" line="92" />
        <source>A change of the crew of a detachment on a published roster is an amendment: recorded, and the roster's documents printed again.</source>
        <translation>تغيير أفراد مفرزة في جدول واجبات منشور تعديلٌ عليه: يُسجَّل، وتُطبع وثائق الجدول من جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/detachment_form.py" line="113" />
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/detachment_form.py" line="114" />
        <source>&amp;Organisation</source>
        <translation>ال&amp;جهة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/detachment_form.py" line="115" />
        <location filename="../../ui/personnel/detachment_form.py" line="259" />
        <source>Leader</source>
        <translation>آمر المفرزة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/detachment_form.py" line="116" />
        <location filename="../../ui/personnel/detachment_form.py" line="261" />
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/detachment_form.py" line="117" />
        <source>&amp;Find people</source>
        <translation>البحث عن &amp;منتسبين</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/detachment_form.py" line="121" />
        <location filename="../../ui/personnel/detachment_form.py" line="263" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/detachment_form.py" line="193" />
        <source>{name} (no longer active)</source>
        <translation>{name} (لم يعد في الخدمة)</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/detachment_form.py" line="255" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/detachment_form.py" line="256" />
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/personnel/people.py" line="74" />
        <source>Name, rank, service number, position, organisation…</source>
        <translation>الاسم أو الرتبة أو الرقم الإحصائي أو المنصب أو الجهة…</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/people.py" line="76" />
        <source>All organisations</source>
        <translation>كل الجهات</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/people.py" line="78" />
        <source>Active</source>
        <translation>في الخدمة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/people.py" line="78" />
        <source>Left</source>
        <translation>تركوا الخدمة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/people.py" line="79" />
        <source>Active and left</source>
        <translation>في الخدمة ومن تركها</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/people.py" line="95" />
        <source>New person</source>
        <translation>منتسب جديد</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/people.py" line="102" />
        <source>&amp;Search</source>
        <translation>ب&amp;حث</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/people.py" line="147" />
        <source>Found: {count}</source>
        <translation>الموجود: {count}</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../ui/personnel/forms.py" line="65" />
        <source>Person</source>
        <translation>المنتسب</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="66" />
        <source>New person</source>
        <translation>منتسب جديد</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="71" />
        <source>e.g. الدكتور، الحاج</source>
        <translation>مثل: الدكتور، الحاج</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="72" />
        <location filename="../../ui/personnel/forms.py" line="78" />
        <location filename="../../ui/personnel/forms.py" line="80" />
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="74" />
        <source>Staff-qualified (الركن)</source>
        <translation>ركن (الركن)</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="83" />
        <source>Active (may be put on duty)</source>
        <translation>في الخدمة (يجوز تنسيبه)</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="87" />
        <source>Full &amp;name</source>
        <translation>الا&amp;سم الكامل</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="88" />
        <source>&amp;Rank</source>
        <translation>ال&amp;رتبة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="90" />
        <source>Honorifi&amp;c</source>
        <translation>ال&amp;لقب</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="91" />
        <source>Service n&amp;umber</source>
        <translation>الرقم الإ&amp;حصائي</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="92" />
        <source>&amp;Organisation</source>
        <translation>ال&amp;جهة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="93" />
        <source>Pos&amp;ition</source>
        <translation>ال&amp;منصب</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="94" />
        <source>&amp;Home sector</source>
        <translation>ال&amp;قاطع الأصلي</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="95" />
        <source>&amp;Phone</source>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="96" />
        <source>&amp;Latin name</source>
        <translation>الاسم بالحروف اللا&amp;تينية</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="98" />
        <location filename="../../ui/personnel/forms.py" line="152" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="147" />
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="148" />
        <source>Latin name</source>
        <translation>الاسم بالحروف اللاتينية</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="149" />
        <source>Honorific</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="150" />
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="151" />
        <source>Service number</source>
        <translation>الرقم الإحصائي</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="152" />
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="155" />
        <source>Rank</source>
        <translation>الرتبة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="156" />
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="158" />
        <source>Home sector</source>
        <translation>القاطع الأصلي</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="160" />
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="160" />
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="161" />
        <source>Staff-qualified</source>
        <translation>ركن</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="163" />
        <source>Active</source>
        <translation>في الخدمة</translation>
    </message>
</context>
<context>
    <name>PersonnelArea</name>
    <message>
        <location filename="../../ui/personnel/area.py" line="64" />
        <source>New detachment</source>
        <translation>مفرزة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/area.py" line="69" />
        <source>New vehicle</source>
        <translation>عجلة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/area.py" line="74" />
        <source>People</source>
        <translation>المنتسبون</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/area.py" line="75" />
        <source>Detachments</source>
        <translation>المفارز</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/area.py" line="76" />
        <source>Vehicles</source>
        <translation>العجلات</translation>
    </message>
    <message>
        <source>Import personnel…</source>
        <translation>استيراد المنتسبين…</translation>
    </message>
</context>
<context>
    <name>VehicleEditor</name>
    <message>
        <location filename="../../ui/personnel/forms.py" line="185" />
        <source>Vehicle</source>
        <translation>العجلة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="186" />
        <source>New vehicle</source>
        <translation>عجلة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="192" />
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="197" />
        <source>&amp;Plate</source>
        <translation>&amp;رقم العجلة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="198" />
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="199" />
        <source>&amp;Organisation</source>
        <translation>ال&amp;جهة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="200" />
        <source>&amp;Status</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="201" />
        <location filename="../../ui/personnel/forms.py" line="247" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="241" />
        <source>Plate</source>
        <translation>رقم العجلة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="242" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="243" />
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../ui/personnel/forms.py" line="246" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
</TS>
