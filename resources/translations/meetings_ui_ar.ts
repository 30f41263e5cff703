<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="64"/>
        <source>Add item</source>
        <translation>إضافة فقرة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="66"/>
        <source>Remove item</source>
        <translation>حذف الفقرة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="75"/>
        <source>What was said, as the minutes record it</source>
        <translation>ما دار في النقاش كما يدوّنه المحضر</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="90"/>
        <location filename="../../ui/meetings/agenda_panel.py" line="92"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="95"/>
        <source>Clear the due date (Delete)</source>
        <translation>مسح موعد الإنجاز (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="109"/>
        <location filename="../../ui/meetings/agenda_panel.py" line="114"/>
        <location filename="../../ui/meetings/agenda_panel.py" line="349"/>
        <source>Add outcome</source>
        <translation>إضافة مخرَج</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="111"/>
        <location filename="../../ui/meetings/agenda_panel.py" line="376"/>
        <source>Remove outcome</source>
        <translation>حذف المخرَج</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="113"/>
        <location filename="../../ui/meetings/agenda_panel.py" line="306"/>
        <source>Add agenda item</source>
        <translation>إضافة فقرة إلى جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="139"/>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="148"/>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="152"/>
        <source>&amp;Discussion</source>
        <translation>المنا&amp;قشة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="159"/>
        <source>Outcomes: notes, decisions and directives</source>
        <translation>المخرجات: ملاحظات وقرارات وتوجيهات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="284"/>
        <source>Edit item title</source>
        <translation>تعديل عنوان الفقرة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="284"/>
        <source>Edit discussion</source>
        <translation>تعديل المناقشة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="323"/>
        <source>Remove agenda item</source>
        <translation>حذف فقرة من جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="335"/>
        <source>Move agenda item</source>
        <translation>نقل فقرة جدول الأعمال</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../ui/meetings/archive_dialog.py" line="47"/>
        <source>Archive export of approved minutes</source>
        <translation>تصدير أرشيف المحاضر المصادق عليها</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive_dialog.py" line="48"/>
        <source>One &amp;election</source>
        <translation>&amp;انتخابات واحدة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive_dialog.py" line="49"/>
        <source>A &amp;date range</source>
        <translation>&amp;مدة زمنية</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive_dialog.py" line="63"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive_dialog.py" line="74"/>
        <source>&amp;Folder</source>
        <translation>ال&amp;مجلد</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive_dialog.py" line="79"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive_dialog.py" line="88"/>
        <source>Archive folder</source>
        <translation>مجلد الأرشيف</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive_dialog.py" line="105"/>
        <location filename="../../ui/meetings/archive_dialog.py" line="125"/>
        <source>Archive export</source>
        <translation>تصدير الأرشيف</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive_dialog.py" line="106"/>
        <source>Choose the election whose minutes to export.</source>
        <translation>اختر الانتخابات التي تُصدَّر محاضرها.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive_dialog.py" line="126"/>
        <source>The archive was written to {folder}.</source>
        <translation>كُتب الأرشيف في {folder}.</translation>
    </message>
</context>
<context>
    <name>AttendeesPanel</name>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="71"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="85"/>
        <source>Remove attendee</source>
        <translation>حذف الحاضر</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="87"/>
        <source>Move up</source>
        <translation>نقل إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="89"/>
        <source>Move down</source>
        <translation>نقل إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="53"/>
        <source>New pe&amp;rson…</source>
        <translation>&amp;شخص جديد…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="55"/>
        <source>Ne&amp;w organisation…</source>
        <translation>&amp;جهة جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="57"/>
        <source>Order b&amp;y protocol</source>
        <translation>ترتيب حسب الأ&amp;سبقية</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="96"/>
        <source>&amp;Find and add:</source>
        <translation>بحث وإ&amp;ضافة:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/attendees_panel.py" line="134"/>
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>لا حضور</numerusform>
            <numerusform>حاضر واحد</numerusform>
            <numerusform>حاضران</numerusform>
            <numerusform>%n حاضرين</numerusform>
            <numerusform>%n حاضراً</numerusform>
            <numerusform>%n حاضر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="166"/>
        <source>{name} is already among the attendees.</source>
        <translation>{name} مدرج في الحضور من قبل.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="172"/>
        <source>Add {name}</source>
        <translation>إضافة {name}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="183"/>
        <source>Remove {name}</source>
        <translation>حذف {name}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="198"/>
        <source>Move attendee</source>
        <translation>نقل حاضر</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="209"/>
        <source>Order by protocol</source>
        <translation>ترتيب حسب الأسبقية</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="225"/>
        <source>Organisation added; it can now be chosen.</source>
        <translation>أضيفت الجهة، ويمكن اختيارها الآن.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/meetings/listing.py" line="67"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="69"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="70"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="71"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="72"/>
        <source>Organising body</source>
        <translation>الجهة المنظِّمة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="74"/>
        <source>Chair</source>
        <translation>رئيس الاجتماع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="75"/>
        <source>Attendees</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="77"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../ui/meetings/editor.py" line="145"/>
        <location filename="../../ui/meetings/editor.py" line="146"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="153"/>
        <source>(not recorded)</source>
        <translation>(غير مدوّن)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="157"/>
        <source>(choose among the attendees)</source>
        <translation>(يُختار من بين الحضور)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="169"/>
        <source>&amp;Subject</source>
        <translation>ال&amp;موضوع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="170"/>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="171"/>
        <source>C&amp;lassification</source>
        <translation>&amp;درجة الكتمان</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="172"/>
        <source>&amp;Election</source>
        <translation>الان&amp;تخابات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="173"/>
        <source>Or&amp;ganising body</source>
        <translation>الجهة المن&amp;ظِّمة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="174"/>
        <source>S&amp;tarts</source>
        <translation>ال&amp;بدء</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="175"/>
        <source>E&amp;nds</source>
        <translation>الانت&amp;هاء</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="176"/>
        <source>&amp;Place</source>
        <translation>الم&amp;كان</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="177"/>
        <source>C&amp;hair</source>
        <translation>&amp;رئيس الاجتماع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="191"/>
        <source>Attendees</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="192"/>
        <source>Agenda and outcomes</source>
        <translation>جدول الأعمال والمخرجات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="196"/>
        <source>Edit subject</source>
        <translation>تعديل الموضوع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="198"/>
        <source>Edit place</source>
        <translation>تعديل المكان</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="200"/>
        <source>Change kind</source>
        <translation>تغيير النوع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="201"/>
        <source>Change classification</source>
        <translation>تغيير درجة الكتمان</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="203"/>
        <source>Change election</source>
        <translation>تغيير الانتخابات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="204"/>
        <source>Change organising body</source>
        <translation>تغيير الجهة المنظِّمة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="206"/>
        <source>Change chair</source>
        <translation>تغيير رئيس الاجتماع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="209"/>
        <source>Change start</source>
        <translation>تغيير وقت البدء</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="210"/>
        <source>Change end</source>
        <translation>تغيير وقت الانتهاء</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="216"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="218"/>
        <source>Submit for approval</source>
        <translation>رفع للمصادقة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="220"/>
        <source>Approve</source>
        <translation>مصادقة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="222"/>
        <source>Return to the clerk</source>
        <translation>إعادة إلى كاتب المحضر</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="224"/>
        <source>Amend</source>
        <translation>تعديل بنسخة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="225"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="227"/>
        <source>Excel…</source>
        <translation>إكسل…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="230"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="232"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="239"/>
        <source>Add attendee</source>
        <translation>إضافة حاضر</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="353"/>
        <source>{name} (not an attendee)</source>
        <translation>{name} (ليس من الحضور)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="431"/>
        <source>Restored from the unsaved draft; save to keep it.</source>
        <translation>استُعيد من المسودة غير المحفوظة؛ احفظ للإبقاء عليها.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="440"/>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="488"/>
        <source>Approved minutes, revision {revision}, fingerprint {fingerprint}. They are locked: to correct them, choose Amend, which makes a new revision and keeps this one.</source>
        <translation>محضر مصادق عليه، النسخة {revision}، البصمة {fingerprint}. المحضر مقفل: لتصحيحه اختر «تعديل بنسخة جديدة»، فتُنشأ نسخة جديدة وتبقى هذه كما هي.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="495"/>
        <source>Submitted for approval (revision {revision}): locked until the commander approves the minutes or returns them to the clerk.</source>
        <translation>مرفوع للمصادقة (النسخة {revision}): مقفل حتى يصادق عليه القائد أو يعيده إلى كاتب المحضر.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="530"/>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="546"/>
        <source>Submitted for approval.</source>
        <translation>رُفع للمصادقة.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="552"/>
        <source>Approved.</source>
        <translation>صودق عليه.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="559"/>
        <source>Returned to the clerk.</source>
        <translation>أُعيد إلى كاتب المحضر.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="582"/>
        <source>Export attendance and directives</source>
        <translation>تصدير الحضور والتوجيهات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="584"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف إكسل (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="598"/>
        <source>Unsaved minutes</source>
        <translation>محضر غير محفوظ</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="599"/>
        <source>The minutes «{title}» have unsaved changes. Save them?</source>
        <translation>في المحضر «{title}» تغييرات غير محفوظة. أتحفظها؟</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="169"/>
        <source>Change {what}</source>
        <translation>تغيير {what}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="186"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="187"/>
        <source>Position and organisation</source>
        <translation>المنصب والجهة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="189"/>
        <source>Capacity</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="191"/>
        <source>Represents</source>
        <translation>يمثّل</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="193"/>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="211"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="213"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="214"/>
        <source>Responsible organisation</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="217"/>
        <source>Responsible person</source>
        <translation>الشخص المسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="220"/>
        <source>Due date</source>
        <translation>موعد الإنجاز</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="222"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="242"/>
        <source>(untitled item)</source>
        <translation>(فقرة بلا عنوان)</translation>
    </message>
</context>
<context>
    <name>MeetingRecovery</name>
    <message>
        <location filename="../../ui/meetings/recovery.py" line="37"/>
        <source>Unsaved minutes</source>
        <translation>محضر غير محفوظ</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/recovery.py" line="38"/>
        <source>The minutes «{title}» were not saved when the program last closed (last change {when}). Open them to continue?</source>
        <translation>لم يُحفظ المحضر «{title}» عند آخر إغلاق للبرنامج (آخر تغيير {when}). أتفتحه لمتابعة العمل؟</translation>
    </message>
</context>
<context>
    <name>MeetingWorkflow</name>
    <message>
        <location filename="../../ui/meetings/archive_dialog.py" line="132"/>
        <source>Exporting the archive…</source>
        <translation>جارٍ تصدير الأرشيف…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/workflow.py" line="80"/>
        <source>Approve the minutes</source>
        <translation>المصادقة على المحضر</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/workflow.py" line="81"/>
        <source>Approved minutes are sealed and can no longer be changed; a correction will be a new revision. Approve them now?</source>
        <translation>يُختم المحضر المصادَق عليه ولا يمكن تغييره بعد ذلك، وأيّ تصحيح يكون بنسخة جديدة. هل تصادق عليه الآن؟</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/workflow.py" line="94"/>
        <source>Return to the clerk</source>
        <translation>إعادة إلى كاتب المحضر</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/workflow.py" line="95"/>
        <source>What must be corrected?</source>
        <translation>ما الذي يجب تصحيحه؟</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/workflow.py" line="151"/>
        <source>Preparing the minutes…</source>
        <translation>جارٍ إعداد المحضر…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/workflow.py" line="161"/>
        <source>Exporting attendance and directives…</source>
        <translation>جارٍ تصدير الحضور والتوجيهات…</translation>
    </message>
</context>
<context>
    <name>MeetingsArea</name>
    <message>
        <location filename="../../ui/meetings/area.py" line="49"/>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="50"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="51"/>
        <source>New from this one</source>
        <translation>اجتماع جديد على غراره</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="53"/>
        <location filename="../../ui/meetings/area.py" line="244"/>
        <source>Delete draft</source>
        <translation>حذف المسودة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="55"/>
        <source>Submit</source>
        <translation>رفع للمصادقة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="56"/>
        <source>Approve</source>
        <translation>مصادقة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="57"/>
        <source>Return to the clerk</source>
        <translation>إعادة إلى كاتب المحضر</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="59"/>
        <source>Amend</source>
        <translation>تعديل بنسخة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="60"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="61"/>
        <source>Excel…</source>
        <translation>إكسل…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="62"/>
        <source>Archive export…</source>
        <translation>تصدير الأرشيف…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="79"/>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="86"/>
        <source>Close minutes</source>
        <translation>إغلاق المحضر</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="114"/>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="245"/>
        <source>Delete the draft minutes «{subject}»? This cannot be undone.</source>
        <translation>هل تحذف مسودة المحضر «{subject}»؟ لا يمكن التراجع عن الحذف.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="276"/>
        <source>Export attendance and directives</source>
        <translation>تصدير الحضور والتوجيهات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="278"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف إكسل (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>MeetingsList</name>
    <message>
        <location filename="../../ui/meetings/listing.py" line="117"/>
        <source>Search subject, place, body…</source>
        <translation>ابحث في الموضوع والمكان والجهة…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="124"/>
        <source>All elections</source>
        <translation>كل الانتخابات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="125"/>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="126"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="128"/>
        <source>All bodies</source>
        <translation>كل الجهات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="134"/>
        <source>any</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="140"/>
        <source>Attended by…</source>
        <translation>بحضور…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="143"/>
        <source>Clear the attendee filter</source>
        <translation>إلغاء التصفية حسب الحاضر</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="184"/>
        <source>&amp;Search</source>
        <translation>ب&amp;حث</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="187"/>
        <source>Election</source>
        <translation>الانتخابات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="189"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="191"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="193"/>
        <source>Organising body</source>
        <translation>الجهة المنظِّمة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="195"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="197"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="199"/>
        <source>Attendee</source>
        <translation>الحاضر</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/listing.py" line="285"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>لا اجتماعات</numerusform>
            <numerusform>اجتماع واحد</numerusform>
            <numerusform>اجتماعان</numerusform>
            <numerusform>%n اجتماعات</numerusform>
            <numerusform>%n اجتماعاً</numerusform>
            <numerusform>%n اجتماع</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewOrganisationDialog</name>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="151"/>
        <source>New organisation</source>
        <translation>جهة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="156"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="158"/>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="159"/>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="160"/>
        <source>&amp;Under</source>
        <translation>&amp;تابعة إلى</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="161"/>
        <source>&amp;Short name</source>
        <translation>الاسم ال&amp;مختصر</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="173"/>
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="176"/>
        <source>(no rank)</source>
        <translation>(بلا رتبة)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="180"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="181"/>
        <source>Full &amp;name</source>
        <translation>الاسم ال&amp;كامل</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="182"/>
        <source>&amp;Honorific</source>
        <translation>الل&amp;قب</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="183"/>
        <source>&amp;Rank</source>
        <translation>ال&amp;رتبة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="184"/>
        <source>&amp;Position</source>
        <translation>المن&amp;صب</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="185"/>
        <source>Service &amp;number</source>
        <translation>الرقم الإ&amp;حصائي</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="186"/>
        <source>&amp;Organisation</source>
        <translation>ال&amp;جهة</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="76"/>
        <source>Type a name, rank, service number or position…</source>
        <translation>اكتب اسماً أو رتبة أو رقماً إحصائياً أو منصباً…</translation>
    </message>
</context>
</TS>
