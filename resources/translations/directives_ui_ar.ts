<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>No later meeting of their election has its minutes still in draft. Start the next sitting in the Meetings area first.</source>
        <translation>لا يوجد اجتماع لاحق من انتخاباتها محضره ما زال مسودة. ابدأ الجلسة التالية من منطقة الاجتماعات أولاً.</translation>
    </message>
    <message>
        <location filename="../../ui/directives/carry.py" line="40"/>
        <source>Carry over to a later meeting</source>
        <translation>الترحيل إلى اجتماع لاحق</translation>
    </message>
    <message>
        <location filename="../../ui/directives/carry.py" line="42"/>
        <source>Directives chosen: {count}. Each goes on the agenda of the later meeting as the same directive, its history whole.</source>
        <translation>التوجيهات المختارة: {count}. يُدرج كل منها في جدول أعمال الاجتماع اللاحق بوصفه التوجيه نفسه، بتاريخه كاملاً.</translation>
    </message>
    <message>
        <location filename="../../ui/directives/carry.py" line="54"/>
        <source>&amp;Carry over</source>
        <translation>&amp;ترحيل</translation>
    </message>
    <message>
        <location filename="../../ui/directives/carry.py" line="60"/>
        <source>The later meeting (minutes still a draft)</source>
        <translation>الاجتماع اللاحق (محضره ما زال مسودة)</translation>
    </message>
    <message>
        <location filename="../../ui/directives/carry.py" line="76"/>
        <source>No later meeting has its minutes still in draft. Start the next sitting in the Meetings area first.</source>
        <translation>لا يوجد اجتماع لاحق محضره ما زال مسودة. ابدأ الجلسة التالية من منطقة الاجتماعات أولاً.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/directives/board.py" line="66"/>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/directives/board.py" line="67"/>
        <source>Directive</source>
        <translation>القرار / التوجيه</translation>
    </message>
    <message>
        <location filename="../../ui/directives/board.py" line="68"/>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location filename="../../ui/directives/board.py" line="70"/>
        <source>Responsible</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <location filename="../../ui/directives/board.py" line="72"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../../ui/directives/board.py" line="74"/>
        <source>Days late</source>
        <translation>التأخير</translation>
    </message>
    <message>
        <location filename="../../ui/directives/board.py" line="76"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../ui/directives/board.py" line="78"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/directives/board.py" line="80"/>
        <source>Last update</source>
        <translation>آخر متابعة</translation>
    </message>
</context>
<context>
    <name>DirectiveTiles</name>
    <message>
        <location filename="../../ui/directives/home_tiles.py" line="49"/>
        <source>Directives and follow-up</source>
        <translation>التوجيهات والمتابعة</translation>
    </message>
    <message>
        <location filename="../../ui/directives/home_tiles.py" line="55"/>
        <source>All elections</source>
        <translation>كل الانتخابات</translation>
    </message>
    <message>
        <location filename="../../ui/directives/home_tiles.py" line="65"/>
        <source>Election</source>
        <translation>الانتخابات</translation>
    </message>
    <message>
        <location filename="../../ui/directives/home_tiles.py" line="69"/>
        <source>Open directives</source>
        <translation>التوجيهات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/directives/home_tiles.py" line="70"/>
        <source>Due this week</source>
        <translation>المستحقة هذا الأسبوع</translation>
    </message>
    <message>
        <location filename="../../ui/directives/home_tiles.py" line="71"/>
        <source>Late</source>
        <translation>المتأخرة</translation>
    </message>
    <message>
        <location filename="../../ui/directives/home_tiles.py" line="72"/>
        <source>Done</source>
        <translation>المنجزة</translation>
    </message>
    <message>
        <location filename="../../ui/directives/home_tiles.py" line="140"/>
        <source>Open or in progress</source>
        <translation>مفتوحة أو قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../ui/directives/home_tiles.py" line="142"/>
        <source>Due today or in the six days after</source>
        <translation>موعدها اليوم أو خلال الأيام الستة التالية</translation>
    </message>
    <message>
        <location filename="../../ui/directives/home_tiles.py" line="143"/>
        <source>Past their due date</source>
        <translation>تجاوزت موعد إنجازها</translation>
    </message>
    <message>
        <location filename="../../ui/directives/home_tiles.py" line="145"/>
        <source>Cancelled: {count}</source>
        <translation>الملغاة: {count}</translation>
    </message>
</context>
<context>
    <name>DirectivesArea</name>
    <message>
        <location filename="../../ui/directives/area.py" line="107"/>
        <source>Follow up…</source>
        <translation>متابعة…</translation>
    </message>
    <message>
        <location filename="../../ui/directives/area.py" line="108"/>
        <source>Carry over…</source>
        <translation>ترحيل…</translation>
    </message>
    <message>
        <location filename="../../ui/directives/area.py" line="109"/>
        <source>Print the follow-up report…</source>
        <translation>طباعة تقرير المتابعة…</translation>
    </message>
    <message>
        <location filename="../../ui/directives/area.py" line="111"/>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/directives/area.py" line="174"/>
        <source>Directives: {count}</source>
        <translation>التوجيهات: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/directives/area.py" line="176"/>
        <source>late: {count}</source>
        <translation>المتأخرة: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/directives/area.py" line="177"/>
        <source>the room&apos;s day: {day}</source>
        <translation>يوم الغرفة: {day}</translation>
    </message>
    <message>
        <location filename="../../ui/directives/area.py" line="266"/>
        <source>Follow-up of directives</source>
        <translation>متابعة تنفيذ القرارات والتوجيهات</translation>
    </message>
    <message>
        <location filename="../../ui/directives/area.py" line="268"/>
        <source>Preparing the follow-up report…</source>
        <translation>جارٍ إعداد تقرير المتابعة…</translation>
    </message>
    <message>
        <location filename="../../ui/directives/area.py" line="277"/>
        <source>Export the board</source>
        <translation>تصدير لوحة المتابعة</translation>
    </message>
    <message>
        <location filename="../../ui/directives/area.py" line="279"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/directives/area.py" line="295"/>
        <source>Exporting the board…</source>
        <translation>جارٍ تصدير لوحة المتابعة…</translation>
    </message>
    <message>
        <location filename="../../ui/directives/area.py" line="303"/>
        <source>Written: {path}</source>
        <translation>كُتب: {path}</translation>
    </message>
</context>
<context>
    <name>DirectivesNotice</name>
    <message>
        <location filename="../../ui/directives/notice.py" line="47"/>
        <source>Directives that became late</source>
        <translation>توجيهات تأخرت عن موعدها</translation>
    </message>
    <message>
        <location filename="../../ui/directives/notice.py" line="48"/>
        <source>Since your last visit, directives that became late: {count}.</source>
        <translation>عدد التوجيهات التي تأخرت عن موعدها منذ زيارتك الأخيرة: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/directives/notice.py" line="56"/>
        <source>… and {count} more.</source>
        <translation>… و{count} غيرها.</translation>
    </message>
    <message>
        <location filename="../../ui/directives/notice.py" line="59"/>
        <source>Show them on the board</source>
        <translation>اعرضها في لوحة المتابعة</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/directives/filters.py" line="57"/>
        <source>Search the text, the body, the person…</source>
        <translation>ابحث في النص أو الجهة أو الشخص…</translation>
    </message>
    <message>
        <location filename="../../ui/directives/filters.py" line="61"/>
        <source>All elections</source>
        <translation>كل الانتخابات</translation>
    </message>
    <message>
        <location filename="../../ui/directives/filters.py" line="62"/>
        <source>All bodies</source>
        <translation>كل الجهات</translation>
    </message>
    <message>
        <location filename="../../ui/directives/filters.py" line="63"/>
        <source>A body takes in every body under it in the organisation tree.</source>
        <translation>تشمل الجهة كل الجهات التابعة لها في شجرة التشكيلات.</translation>
    </message>
    <message>
        <location filename="../../ui/directives/filters.py" line="66"/>
        <source>Still open</source>
        <translation>قيد المتابعة</translation>
    </message>
    <message>
        <location filename="../../ui/directives/filters.py" line="68"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../ui/directives/filters.py" line="69"/>
        <source>All meetings</source>
        <translation>كل الاجتماعات</translation>
    </message>
    <message>
        <location filename="../../ui/directives/filters.py" line="77"/>
        <source>&amp;Late only</source>
        <translation>المتأخرة &amp;فقط</translation>
    </message>
    <message>
        <location filename="../../ui/directives/filters.py" line="79"/>
        <source>Due this &amp;week</source>
        <translation>المستحقة هذا الأ&amp;سبوع</translation>
    </message>
    <message>
        <location filename="../../ui/directives/filters.py" line="80"/>
        <source>Still open and due today or in the six days after.</source>
        <translation>قيد المتابعة وموعدها اليوم أو خلال الأيام الستة التالية.</translation>
    </message>
    <message>
        <location filename="../../ui/directives/filters.py" line="88"/>
        <source>&amp;Search</source>
        <translation>ب&amp;حث</translation>
    </message>
    <message>
        <location filename="../../ui/directives/filters.py" line="92"/>
        <source>Election</source>
        <translation>الانتخابات</translation>
    </message>
    <message>
        <location filename="../../ui/directives/filters.py" line="94"/>
        <source>Responsible body</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <location filename="../../ui/directives/filters.py" line="96"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/directives/filters.py" line="98"/>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>These directives take no follow-up in common: a cancelled one is only reopened, and one in progress never is. Choose them apart.</source>
        <translation>لا تجمع هذه التوجيهات متابعةٌ واحدة: الملغى لا يُدوَّن عليه إلا إعادة فتحه، وما هو قيد التنفيذ لا يُعاد فتحه. اخترها كلاً على حدة.</translation>
    </message>
    <message>
        <location filename="../../ui/directives/follow_up.py" line="66"/>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location filename="../../ui/directives/follow_up.py" line="68"/>
        <source>Directives chosen: {count}</source>
        <translation>التوجيهات المختارة: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/directives/follow_up.py" line="87"/>
        <source>New &amp;status</source>
        <translation>الحالة ال&amp;جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/directives/follow_up.py" line="88"/>
        <source>&amp;Note</source>
        <translation>ال&amp;ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/directives/follow_up.py" line="93"/>
        <source>&amp;Record</source>
        <translation>&amp;تدوين</translation>
    </message>
    <message>
        <location filename="../../ui/directives/follow_up.py" line="110"/>
        <source>No change (a note)</source>
        <translation>دون تغيير (ملاحظة)</translation>
    </message>
    <message>
        <location filename="../../ui/directives/follow_up.py" line="129"/>
        <source>Say how it was done: a closing note is needed.</source>
        <translation>بيّن كيف أُنجز: تلزم ملاحظة ختامية.</translation>
    </message>
    <message>
        <location filename="../../ui/directives/follow_up.py" line="131"/>
        <source>Give the reason for cancelling.</source>
        <translation>اذكر سبب الإلغاء.</translation>
    </message>
    <message>
        <location filename="../../ui/directives/follow_up.py" line="133"/>
        <source>Give the reason for reopening.</source>
        <translation>اذكر سبب إعادة الفتح.</translation>
    </message>
    <message>
        <location filename="../../ui/directives/follow_up.py" line="135"/>
        <source>The note is recorded with today&apos;s date and your name.</source>
        <translation>تُدوَّن الملاحظة بتاريخ اليوم وباسمك.</translation>
    </message>
    <message>
        <location filename="../../ui/directives/follow_up.py" line="137"/>
        <source>A note is welcome; it may be left empty.</source>
        <translation>يحسن كتابة ملاحظة، ويجوز تركها فارغة.</translation>
    </message>
    <message>
        <location filename="../../ui/directives/follow_up.py" line="146"/>
        <source>The note is too long: at most {limit} characters.</source>
        <translation>الملاحظة أطول مما ينبغي: {limit} حرفاً في الأكثر.</translation>
    </message>
    <message>
        <location filename="../../ui/directives/follow_up.py" line="170"/>
        <source>Changed on another workstation since the board was read: check its history, then record again. Your note is kept.</source>
        <translation>عُدّل في محطة عمل أخرى منذ قراءة اللوحة: راجع تاريخه ثم دوّن مجدداً. ملاحظتك محفوظة.</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>Worded: «{text}»</source>
        <translation>بنصّه: «{text}»</translation>
    </message>
    <message>
        <location filename="../../ui/directives/history.py" line="35"/>
        <location filename="../../ui/directives/history.py" line="53"/>
        <source>Choose a directive to see its history.</source>
        <translation>اختر توجيهاً لعرض تاريخه.</translation>
    </message>
    <message>
        <location filename="../../ui/directives/history.py" line="57"/>
        <source>Reading the history…</source>
        <translation>جارٍ قراءة التاريخ…</translation>
    </message>
    <message>
        <location filename="../../ui/directives/history.py" line="67"/>
        <source>This directive is no longer on the board.</source>
        <translation>لم يعد هذا التوجيه في لوحة المتابعة.</translation>
    </message>
    <message>
        <location filename="../../ui/directives/history.py" line="84"/>
        <source>Days late: {days}</source>
        <translation>أيام التأخير: {days}</translation>
    </message>
    <message>
        <location filename="../../ui/directives/history.py" line="91"/>
        <source>Responsible</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <location filename="../../ui/directives/history.py" line="91"/>
        <source>No one named</source>
        <translation>لم تُسمَّ جهة</translation>
    </message>
    <message>
        <location filename="../../ui/directives/history.py" line="92"/>
        <source>Due</source>
        <translation>موعد الإنجاز</translation>
    </message>
    <message>
        <location filename="../../ui/directives/history.py" line="93"/>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../../ui/directives/history.py" line="94"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../ui/directives/history.py" line="95"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/directives/history.py" line="101"/>
        <source>Carried over to the minutes of «{subject}» ({status})</source>
        <translation>رُحّل إلى محضر «{subject}» ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/directives/history.py" line="102"/>
        <source>Recorded in the minutes of «{subject}» ({status})</source>
        <translation>دُوّن في محضر «{subject}» ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/directives/history.py" line="106"/>
        <source>revision {n}</source>
        <translation>التنقيح {n}</translation>
    </message>
    <message>
        <location filename="../../ui/directives/history.py" line="115"/>
        <source>History</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/directives/history.py" line="122"/>
        <source>No follow-up is recorded yet.</source>
        <translation>لم تُدوَّن أي متابعة بعد.</translation>
    </message>
</context>
</TS>
