<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AssignedPanel</name>
    <message>
        <source>Delete takes the assignment chosen off; drop a person, detachment or vehicle here to place them at this site, or a vehicle on an assignment to give it to that one.</source>
        <translation>‏Delete يرفع التنسيب المختار؛ أفلت هنا منتسباً أو مفرزة أو عجلة لتنسيبها إلى هذا الموقع، أو أفلت العجلة على تنسيب لإلحاقها به.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/assigned.py" line="149" />
        <source>Choose a centre or post to see who is there.</source>
        <translation>اختر مركزاً أو نقطة لترى من فيها.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/assigned.py" line="153" />
        <source>{name} — risk {risk}, {level}: officers {officers} of {needed}, vehicles {vehicles} of {vehicles_needed}</source>
        <translation>{name} — مستوى الخطورة {risk}، {level}: المنتسبون {officers} من {needed}، العجلات {vehicles} من {vehicles_needed}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/assigned.py" line="160" />
        <source>{name} — on duty: {count}</source>
        <translation>{name} — في الواجب: {count}</translation>
    </message>
    <message>
        <source>Delete takes the assignment chosen off; drop a person or detachment here to place them at this site, a vehicle on an assignment to give it.</source>
        <translation>‏Delete يرفع التنسيب المختار؛ أفلت هنا منتسباً أو مفرزة لتنسيبه إلى هذا الموقع، وأفلت العجلة على تنسيب لإلحاقها به.</translation>
    </message>
</context>
<context>
    <name>AssignmentsArea</name>
    <message>
        <location filename="../../ui/assignments/area.py" line="82" />
        <source>&amp;Election</source>
        <translation>الان&amp;تخابات</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/area.py" line="84" />
        <source>S&amp;hift</source>
        <translation>ال&amp;وجبة</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/area.py" line="119" />
        <source>To place someone: choose a centre or post, then a person or detachment, and press Enter (or drag them onto the site). Whatever the rules say is said here.</source>
        <translation>للتنسيب: اختر مركزاً أو نقطة، ثم منتسباً أو مفرزة، واضغط Enter (أو اسحبه إلى الموقع). وما تقوله القواعد يُعرض هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/area.py" line="243" />
        <source>No shift in this election.</source>
        <translation>لا وجبات في هذه الانتخابات.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/area.py" line="246" />
        <source>Roster published — revision {revision}, by {who}, {when}</source>
        <translation>جدول الواجبات منشور — الإصدار {revision}، نشره {who}، {when}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/area.py" line="249" />
        <source>Roster: draft (withdrawn after revision {revision})</source>
        <translation>جدول الواجبات: مسودة (سُحب بعد الإصدار {revision})</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/area.py" line="251" />
        <source>Roster: draft</source>
        <translation>جدول الواجبات: مسودة</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>the detachment chosen</source>
        <translation>المفرزة المختارة</translation>
    </message>
    <message>
        <source>the person chosen</source>
        <translation>المنتسب المختار</translation>
    </message>
    <message>
        <source>Vehicle {plate} at {site}</source>
        <translation>العجلة {plate} إلى {site}</translation>
    </message>
    <message>
        <source>Choose a site or one of its assignments, and a vehicle in the vehicles tab.</source>
        <translation>اختر موقعاً أو أحد تنسيباته، وعجلة من تبويب العجلات.</translation>
    </message>
    <message>
        <source>Choose a site, and a person, detachment or vehicle to place there.</source>
        <translation>اختر موقعاً، ومنتسباً أو مفرزة أو عجلة لتنسيبها فيه.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V, or drag the vehicle onto an assignment in the site's list, or onto the site itself.</source>
        <translation>‏Ctrl+Shift+V، أو اسحب العجلة وأفلتها على تنسيب في قائمة الموقع، أو على الموقع نفسه.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="83" />
        <source>Place here</source>
        <translation>تنسيب هنا</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="84" />
        <source>Give the vehicle</source>
        <translation>إلحاق العجلة</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="85" />
        <source>Set the role</source>
        <translation>تغيير الواجب</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="86" />
        <source>Take off</source>
        <translation>رفع التنسيب</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="88" />
        <location filename="../../ui/assignments/actions.py" line="138" />
        <source>Pin</source>
        <translation>تثبيت</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="89" />
        <source>Copy the shift…</source>
        <translation>نسخ الوجبة…</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="90" />
        <source>Mark unavailable…</source>
        <translation>تسجيل عدم التفرغ…</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="91" />
        <source>Publish…</source>
        <translation>نشر الجدول…</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="92" />
        <source>Withdraw…</source>
        <translation>سحب الجدول…</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="130" />
        <source>Choose a site, and a person or detachment to place there.</source>
        <translation>اختر موقعاً، ومنتسباً أو مفرزة لتنسيبها فيه.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="132" />
        <location filename="../../ui/assignments/actions.py" line="274" />
        <source>Choose an assignment, and a vehicle in the vehicles tab.</source>
        <translation>اختر تنسيباً، وعجلة من تبويب العجلات.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="134" />
        <source>Choose an assignment; it takes the role chosen above it.</source>
        <translation>اختر تنسيباً؛ فيأخذ الواجب المختار فوقه.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="136" />
        <source>Unpin it first.</source>
        <translation>ألغِ تثبيته أولاً.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="137" />
        <location filename="../../ui/assignments/actions.py" line="141" />
        <source>Choose an assignment.</source>
        <translation>اختر تنسيباً.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="138" />
        <source>Unpin</source>
        <translation>إلغاء التثبيت</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="145" />
        <source>The election has no other shift.</source>
        <translation>ليس في هذه الانتخابات وجبة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="148" />
        <source>Choose a person.</source>
        <translation>اختر منتسباً.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="151" />
        <source>The roster is published already.</source>
        <translation>جدول الواجبات منشور من قبل.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="152" />
        <source>Choose a shift.</source>
        <translation>اختر وجبة.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="154" />
        <source>Only a published roster can be withdrawn.</source>
        <translation>لا يُسحب إلا جدول منشور.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="159" />
        <source>Publishing: {why}</source>
        <translation>النشر: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="205" />
        <source>Choose a centre or post first.</source>
        <translation>اختر مركزاً أو نقطة أولاً.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="217" />
        <source>{role}: {who} at {site}</source>
        <translation>{role}: {who} في {site}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="238" />
        <source>A vehicle goes with an assignment: drop it on one in the list of the site.</source>
        <translation>العجلة تُلحق بتنسيب: أفلتها على أحد تنسيبات الموقع في قائمته.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="280" />
        <source>Vehicle {plate} with {who}</source>
        <translation>العجلة {plate} مع {who}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="289" />
        <source>{who} as {role}</source>
        <translation>{who} بواجب {role}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="302" />
        <source>Take off {who}</source>
        <translation>رفع تنسيب {who}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="316" />
        <source>Pin {who}</source>
        <translation>تثبيت {who}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="316" />
        <source>Unpin {who}</source>
        <translation>إلغاء تثبيت {who}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="355" />
        <source>Copy of {source} to {target}</source>
        <translation>نسخ {source} إلى {target}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="384" />
        <source>The roster of {shift} is published: revision {revision}.</source>
        <translation>نُشر جدول واجبات {shift}: الإصدار {revision}.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="400" />
        <source>The roster of {shift} is a draft again.</source>
        <translation>عاد جدول واجبات {shift} مسودة.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/actions.py" line="417" />
        <location filename="../../ui/assignments/actions.py" line="418" />
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
    <message>
        <source>Enter on a person or detachment in the pool (or a double click) places them at the site chosen, with the role chosen; Ctrl+Enter from anywhere on the board; or drag them onto a site.</source>
        <translation>‏Enter على منتسب أو مفرزة في القائمة (أو نقرتان) ينسّبه إلى الموقع المختار بالواجب المختار؛ ‏Ctrl+Enter من أي مكان في اللوحة؛ أو اسحبه وأفلته على موقع.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V, or drag the vehicle onto an assignment in the site's list.</source>
        <translation>‏Ctrl+Shift+V، أو اسحب العجلة وأفلتها على تنسيب في قائمة الموقع.</translation>
    </message>
    <message>
        <source>Delete on an assignment in the site's list.</source>
        <translation>‏Delete على تنسيب في قائمة الموقع.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P on the assignment chosen.</source>
        <translation>‏Ctrl+Shift+P على التنسيب المختار.</translation>
    </message>
    <message>
        <source>Fill the gaps…</source>
        <translation>سدّ الثغرات…</translation>
    </message>
    <message>
        <source>Proposes who could cover the centres and posts short of their minimum, from the people, detachments and vehicles free; nothing is saved until you accept.</source>
        <translation>يقترح من يغطي المراكز والنقاط التي دون حدّها الأدنى من المنتسبين والمفارز والعجلات المتاحة؛ لا يُحفظ شيء قبل أن تقبل.</translation>
    </message>
    <message>
        <source>Proposing who could fill the gaps…</source>
        <translation>جارٍ اقتراح من يسدّ الثغرات…</translation>
    </message>
    <message>
        <source>Nothing to propose: every centre has its minimum, or nobody free could be sent where one is short.</source>
        <translation>لا شيء يُقترح: كل مركز بلغ حدّه الأدنى، أو لا أحد متاح يمكن إرساله حيث النقص.</translation>
    </message>
    <message>
        <source>Gaps filled: {accepted} assignments saved; {skipped} no longer possible, not saved (why below)</source>
        <translation>سُدّت الثغرات — التنسيبات المحفوظة: {accepted}؛ وما لم يعد ممكناً فلم يُحفظ: {skipped} (السبب أدناه)</translation>
    </message>
    <message>
        <source>Gaps filled: {accepted} assignments saved</source>
        <translation>سُدّت الثغرات — التنسيبات المحفوظة: {accepted}</translation>
    </message>
    <message>
        <source>Fill the gaps of {shift}: {rows} assignments</source>
        <translation>سدّ ثغرات {shift} — التنسيبات: {rows}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/assignments/assigned.py" line="52" />
        <source>Role</source>
        <translation>الواجب</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/assigned.py" line="54" />
        <source>Who</source>
        <translation>المنسَّب</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/assigned.py" line="55" />
        <location filename="../../ui/assignments/pool.py" line="85" />
        <source>Service number</source>
        <translation>الرقم الإحصائي</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/assigned.py" line="57" />
        <location filename="../../ui/assignments/pool.py" line="92" />
        <source>Crew</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/assigned.py" line="58" />
        <source>Vehicle</source>
        <translation>العجلة</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/assigned.py" line="59" />
        <source>Pinned</source>
        <translation>مثبَّت</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/assigned.py" line="61" />
        <source>What the rules say</source>
        <translation>ما تقوله القواعد</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/pool.py" line="75" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/pool.py" line="77" />
        <location filename="../../ui/assignments/pool.py" line="95" />
        <location filename="../../ui/assignments/pool.py" line="112" />
        <source>In this shift</source>
        <translation>في هذه الوجبة</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/pool.py" line="81" />
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/pool.py" line="83" />
        <location filename="../../ui/assignments/pool.py" line="93" />
        <location filename="../../ui/assignments/pool.py" line="110" />
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/pool.py" line="87" />
        <source>Home sector</source>
        <translation>القاطع الأصلي</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/pool.py" line="90" />
        <source>Detachment</source>
        <translation>المفرزة</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/pool.py" line="91" />
        <source>Leader</source>
        <translation>آمر المفرزة</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/pool.py" line="106" />
        <source>Plate</source>
        <translation>رقم العجلة</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/pool.py" line="107" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/pool.py" line="108" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="102" />
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="104" />
        <source>Centre or post</source>
        <translation>المركز أو النقطة</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="105" />
        <source>District</source>
        <translation>القضاء</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="106" />
        <source>Sector</source>
        <translation>القاطع</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="107" />
        <source>Risk</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="110" />
        <source>Officers</source>
        <translation>الضباط والمنتسبون</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="113" />
        <source>Vehicles</source>
        <translation>العجلات</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="116" />
        <source>Rapid cover</source>
        <translation>الاستجابة السريعة</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="119" />
        <source>Coverage</source>
        <translation>التغطية</translation>
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
</context>
<context>
    <name>CopyReportDialog</name>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="99" />
        <source>Copy of the shift</source>
        <translation>نسخ الوجبة</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="101" />
        <source>Copied to {target}: {copied}; skipped: {skipped}.</source>
        <translation>نُسخ إلى {target}: {copied}؛ وتُرك: {skipped}.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="106" />
        <source>Who</source>
        <translation>المنسَّب</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="106" />
        <source>Where</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="107" />
        <source>Why it was skipped</source>
        <translation>سبب تركه</translation>
    </message>
</context>
<context>
    <name>CopyShiftDialog</name>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="47" />
        <source>Copy the shift's assignments</source>
        <translation>نسخ تنسيبات الوجبة</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="56" />
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="61" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="62" />
        <source>&amp;To</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="65" />
        <source>Each assignment is tried on the other shift as a new one is: those that would break a rule there are skipped, and listed after the copy.</source>
        <translation>يُجرَّب كل تنسيب على الوجبة الأخرى كما يُجرَّب التنسيب الجديد: ما يخالف فيها قاعدةً يُترك، ويُذكر بعد النسخ.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="79" />
        <source>That shift's roster is published: the copy will be an amendment, asked for before it is made.</source>
        <translation>جدول واجبات تلك الوجبة منشور: فالنسخ تعديلٌ عليه، يُطلب تأكيده قبل إجرائه.</translation>
    </message>
</context>
<context>
    <name>Placer</name>
    <message>
        <location filename="../../ui/assignments/placing.py" line="85" />
        <source>Amend the published roster?</source>
        <translation>تعديل جدول الواجبات المنشور؟</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/placing.py" line="86" />
        <source>The roster of this shift is published. {what}

This change is an amendment: it is recorded, the roster's revision goes up, and its documents are to be printed again.</source>
        <translation>جدول واجبات هذه الوجبة منشور. {what}

هذا التغيير تعديلٌ: يُسجَّل، ويرتفع إصدار الجدول، وتُطبع وثائقه من جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/placing.py" line="90" />
        <source>Make the amendment</source>
        <translation>إجراء التعديل</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/placing.py" line="98" />
        <source>Choose an election and a shift first.</source>
        <translation>اختر الانتخابات والوجبة أولاً.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/placing.py" line="100" />
        <source>This roster cannot be changed now.</source>
        <translation>لا يمكن تغيير هذا الجدول الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/placing.py" line="112" />
        <source>Refused: {what}</source>
        <translation>مرفوض: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/placing.py" line="120" />
        <source>To confirm: {what}</source>
        <translation>بانتظار التأكيد: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/placing.py" line="123" />
        <source>Confirm the placing?</source>
        <translation>تأكيد التنسيب؟</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/placing.py" line="124" />
        <source>{what}

{warnings}

Place anyway?</source>
        <translation>{what}

{warnings}

هل يُنسَّب مع ذلك؟</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/placing.py" line="128" />
        <source>Place anyway</source>
        <translation>التنسيب مع ذلك</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/placing.py" line="137" />
        <source>Done: {what}</source>
        <translation>تم: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/placing.py" line="152" />
        <source>It was changed on another workstation since the board read it: the board shows it again as it is now. Nothing was saved; make the change again if it still stands.</source>
        <translation>غُيِّر في محطة عمل أخرى بعد أن قرأته اللوحة: وهي تعرضه الآن كما صار. لم يُحفظ شيء؛ أعد التغيير إن كان ما زال لازماً.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/placing.py" line="167" />
        <location filename="../../ui/assignments/placing.py" line="169" />
        <source>Not done: {what}</source>
        <translation>لم يتم: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/placing.py" line="191" />
        <source>Left as it was: {what}</source>
        <translation>بقي على حاله: {what}</translation>
    </message>
</context>
<context>
    <name>PoolPanel</name>
    <message>
        <source>Drag a vehicle onto a site (it goes with an assignment there) or onto an assignment in the site's list, or choose both and press Ctrl+Shift+V.</source>
        <translation>اسحب العجلة وأفلتها على موقع (فتُلحق بأحد تنسيباته) أو على تنسيب في قائمة الموقع، أو اختر الاثنين واضغط ‏Ctrl+Shift+V.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/pool.py" line="47" />
        <source>Here: {place}</source>
        <translation>هنا: {place}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/pool.py" line="50" />
        <source>Elsewhere: {place}</source>
        <translation>في موقع آخر: {place}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/pool.py" line="53" />
        <source>Unavailable: {kind}</source>
        <translation>غير متفرغ: {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/pool.py" line="55" />
        <source>Free</source>
        <translation>متاح</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/pool.py" line="167" />
        <source>Name, rank, service number, organisation…</source>
        <translation>الاسم أو الرتبة أو الرقم الإحصائي أو الجهة…</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/pool.py" line="191" />
        <source>Find a &amp;person</source>
        <translation>البحث عن م&amp;نتسب</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/pool.py" line="193" />
        <source>As &amp;role</source>
        <translation>ب&amp;واجب</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/pool.py" line="208" />
        <source>People</source>
        <translation>المنتسبون</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/pool.py" line="209" />
        <source>Detachments</source>
        <translation>المفارز</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/pool.py" line="210" />
        <source>Vehicles</source>
        <translation>العجلات</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/pool.py" line="295" />
        <source>Found: {count}, free: {free}</source>
        <translation>الموجود: {count}، المتاح: {free}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/pool.py" line="297" />
        <source>The first {limit} found: type more to narrow.</source>
        <translation>هؤلاء أول {limit}: اكتب أكثر لتضييق البحث.</translation>
    </message>
    <message>
        <source>Enter places the person found first (or the one chosen) at the site chosen; Down goes to the people found.</source>
        <translation>‏Enter ينسّب أول من وُجد (أو المختار) إلى الموقع المختار؛ والسهم للأسفل ينقل إلى قائمة من وُجدوا.</translation>
    </message>
    <message>
        <source>Enter or a double click places the one chosen at the site chosen, with the role chosen; or drag them onto a site.</source>
        <translation>‏Enter أو نقرتان ينسّب المختار إلى الموقع المختار بالواجب المختار؛ أو اسحبه وأفلته على موقع.</translation>
    </message>
    <message>
        <source>Drag a vehicle onto an assignment in the site's list, or choose both and press Ctrl+Shift+V.</source>
        <translation>اسحب العجلة وأفلتها على تنسيب في قائمة الموقع، أو اختر الاثنين واضغط ‏Ctrl+Shift+V.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="141" />
        <source>Publish the roster</source>
        <translation>نشر جدول الواجبات</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="144" />
        <source>Shift: {shift}</source>
        <translation>الوجبة: {shift}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="145" />
        <source>Phase: {phase}</source>
        <translation>المرحلة: {phase}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="146" />
        <source>Assignments: {count}</source>
        <translation>التنسيبات: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="147" />
        <source>Centres: {centres} — covered: {full}, partly: {partial}, not covered: {none}</source>
        <translation>المراكز: {centres} — مغطاة: {full}، جزئياً: {partial}، غير مغطاة: {none}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="150" />
        <source>Officers wanting: {officers}, vehicles wanting: {vehicles}; posts manned: {manned} of {posts}</source>
        <translation>النقص في المنتسبين: {officers}، وفي العجلات: {vehicles}؛ النقاط المشغولة: {manned} من {posts}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="162" />
        <source>Publish and sign</source>
        <translation>النشر والتوقيع</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="169" />
        <source>Assignments that break a rule now: {count}. The roster cannot be published until they are replaced. The first: {first}</source>
        <translation>التنسيبات المخالفة لقاعدة الآن: {count}. لا يُنشر الجدول حتى تُستبدل. أولها: {first}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="179" />
        <source>Once published the roster is frozen: a change to it is an amendment, recorded, and its documents are printed again.</source>
        <translation>بعد النشر يُجمَّد الجدول: كل تغيير فيه تعديلٌ يُسجَّل، وتُطبع وثائقه من جديد.</translation>
    </message>
</context>
<context>
    <name>SitesPanel</name>
    <message>
        <source>Not fully covered</source>
        <translation>غير مغطى كلياً</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="38" />
        <source>Covered</source>
        <translation>مغطى</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="39" />
        <source>Partly covered</source>
        <translation>مغطى جزئياً</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="40" />
        <source>Not covered</source>
        <translation>غير مغطى</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="41" />
        <source>Centres</source>
        <translation>المراكز</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="42" />
        <source>Posts</source>
        <translation>النقاط والسيطرات</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="86" />
        <source>{level} — on duty: {count} (a post has no minimum)</source>
        <translation>{level} — في الواجب: {count} (لا حدّ أدنى للنقطة)</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="91" />
        <source>officers wanting: {n}</source>
        <translation>النقص في المنتسبين: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="94" />
        <source>vehicles wanting: {n}</source>
        <translation>النقص في العجلات: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="97" />
        <source>no rapid-response cover</source>
        <translation>بلا غطاء استجابة سريعة</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="178" />
        <source>Code, name, place, sector…</source>
        <translation>الرمز أو الاسم أو المكان أو القاطع…</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="179" />
        <source>All governorates</source>
        <translation>كل المحافظات</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="180" />
        <source>All districts</source>
        <translation>كل الأقضية</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="181" />
        <source>All sectors</source>
        <translation>كل القواطع</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="182" />
        <source>Any risk</source>
        <translation>أي درجة خطورة</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="184" />
        <source>Any coverage</source>
        <translation>أي تغطية</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="187" />
        <source>Centres and posts</source>
        <translation>المراكز والنقاط</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="206" />
        <source>Find a &amp;site</source>
        <translation>البحث عن م&amp;وقع</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="289" />
        <source>Centres: {centres} — covered: {full}, partly: {partial}, not covered: {none}. Officers wanting: {officers}, vehicles wanting: {vehicles}. Posts manned: {manned} of {posts}.</source>
        <translation>المراكز: {centres} — مغطاة: {full}، جزئياً: {partial}، غير مغطاة: {none}. النقص في المنتسبين: {officers}، وفي العجلات: {vehicles}. النقاط المشغولة: {manned} من {posts}.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/sites.py" line="296" />
        <source>(sites shown: {shown} of {total})</source>
        <translation>(المواقع المعروضة: {shown} من {total})</translation>
    </message>
    <message>
        <source>Enter on a site goes to the people to place there; drop a person or detachment on a site to place them.</source>
        <translation>‏Enter على موقع ينقل إلى المنتسبين لتنسيبهم فيه؛ أفلت منتسباً أو مفرزة على موقع لتنسيبه فيه.</translation>
    </message>
</context>
<context>
    <name>UnavailabilityDialog</name>
    <message>
        <location filename="../../ui/assignments/unavailability.py" line="70" />
        <source>Mark unavailable</source>
        <translation>تسجيل عدم التفرغ</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/unavailability.py" line="83" />
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/unavailability.py" line="83" />
        <source>Shift</source>
        <translation>الوجبة</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/unavailability.py" line="84" />
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/unavailability.py" line="84" />
        <source>Role</source>
        <translation>الواجب</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/unavailability.py" line="101" />
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/unavailability.py" line="107" />
        <source>Person</source>
        <translation>المنتسب</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/unavailability.py" line="108" />
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/unavailability.py" line="109" />
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/unavailability.py" line="110" />
        <source>T&amp;o</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/unavailability.py" line="111" />
        <source>R&amp;eason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/unavailability.py" line="161" />
        <source>Duties this period clashes with: {count}; they are to be replaced.</source>
        <translation>الواجبات التي تتعارض معها هذه المدة: {count}؛ ويلزم استبدالها.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/unavailability.py" line="162" />
        <source>This period clashes with no duty.</source>
        <translation>لا تتعارض هذه المدة مع أي واجب.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/unavailability.py" line="169" />
        <source>No period recorded for this person.</source>
        <translation>لا مدة مسجلة لهذا المنتسب.</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/unavailability.py" line="174" />
        <source>Recorded already:</source>
        <translation>المسجل من قبل:</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="191" />
        <source>Withdraw the published roster</source>
        <translation>سحب جدول الواجبات المنشور</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="195" />
        <source>Withdraw</source>
        <translation>سحب</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="203" />
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <location filename="../../ui/assignments/dialogs.py" line="206" />
        <source>The roster of {shift} goes back to a draft; the documents printed of it are void, and publishing it again makes the next revision.</source>
        <translation>يعود جدول واجبات {shift} مسودة؛ وتبطل الوثائق المطبوعة منه، ونشره من جديد يصنع الإصدار التالي.</translation>
    </message>
</context>
</TS>
