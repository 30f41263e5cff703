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
        <location filename="../../ui/meetings/archive_dialog.py" line="52"/>
        <source>Archive export of approved minutes</source>
        <translation>تصدير أرشيف المحاضر المصادق عليها</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive_dialog.py" line="53"/>
        <source>One &amp;election</source>
        <translation>&amp;انتخابات واحدة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive_dialog.py" line="54"/>
        <source>A &amp;date range</source>
        <translation>&amp;مدة زمنية</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive_dialog.py" line="66"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive_dialog.py" line="77"/>
        <source>&amp;Folder</source>
        <translation>ال&amp;مجلد</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive_dialog.py" line="83"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive_dialog.py" line="104"/>
        <source>Archive folder</source>
        <translation>مجلد الأرشيف</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive_dialog.py" line="121"/>
        <location filename="../../ui/meetings/archive_dialog.py" line="141"/>
        <source>Archive export</source>
        <translation>تصدير الأرشيف</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive_dialog.py" line="122"/>
        <source>Choose the election whose minutes to export.</source>
        <translation>اختر الانتخابات التي تُصدَّر محاضرها.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive_dialog.py" line="142"/>
        <source>The archive was written to {folder}.</source>
        <translation>كُتب الأرشيف في {folder}.</translation>
    </message>
</context>
<context>
    <name>AttendeesPanel</name>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="77"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="91"/>
        <source>Remove attendee</source>
        <translation>حذف الحاضر</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="93"/>
        <source>Move up</source>
        <translation>نقل إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="95"/>
        <source>Move down</source>
        <translation>نقل إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="59"/>
        <source>New pe&amp;rson…</source>
        <translation>&amp;شخص جديد…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="61"/>
        <source>Ne&amp;w organisation…</source>
        <translation>&amp;جهة جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="63"/>
        <source>Order b&amp;y protocol</source>
        <translation>ترتيب حسب الأ&amp;سبقية</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="102"/>
        <source>&amp;Find and add:</source>
        <translation>بحث وإ&amp;ضافة:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/attendees_panel.py" line="140"/>
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
        <location filename="../../ui/meetings/attendees_panel.py" line="172"/>
        <source>{name} is already among the attendees.</source>
        <translation>{name} مدرج في الحضور من قبل.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="178"/>
        <source>Add {name}</source>
        <translation>إضافة {name}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="189"/>
        <source>Remove {name}</source>
        <translation>حذف {name}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="204"/>
        <source>Move attendee</source>
        <translation>نقل حاضر</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="230"/>
        <source>Order by protocol</source>
        <translation>ترتيب حسب الأسبقية</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendees_panel.py" line="266"/>
        <source>Organisation added; it can now be chosen.</source>
        <translation>أضيفت الجهة، ويمكن اختيارها الآن.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/meetings/listing.py" line="78"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="80"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="81"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="82"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="83"/>
        <source>Organising body</source>
        <translation>الجهة المنظِّمة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="85"/>
        <source>Chair</source>
        <translation>رئيس الاجتماع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="86"/>
        <source>Attendees</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="88"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="353"/>
        <source>The minutes were changed elsewhere</source>
        <translation>عُدِّل المحضر في مكان آخر</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="359"/>
        <source>Nothing of yours was saved. Compare the two versions below, then reload theirs or keep yours to copy from.</source>
        <translation>لم يُحفظ شيء مما كتبته. قارن بين النسختين أدناه، ثم حمّل نسختهم أو أبقِ نسختك لتنسخ منها.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="365"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="365"/>
        <source>Theirs (stored now)</source>
        <translation>نسختهم (المحفوظة الآن)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="365"/>
        <source>Mine (typed here)</source>
        <translation>نسختي (المكتوبة هنا)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="366"/>
        <source>Changed</source>
        <translation>موضع التغيير</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="390"/>
        <source>Their version, as stored now</source>
        <translation>نسختهم كما هي محفوظة الآن</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="391"/>
        <source>My version</source>
        <translation>نسختي</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="400"/>
        <source>Reload theirs</source>
        <translation>تحميل نسختهم</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="403"/>
        <source>Keep mine to copy</source>
        <translation>إبقاء نسختي للنسخ منها</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="406"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="433"/>
        <source>On both</source>
        <translation>في الجهتين</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="435"/>
        <source>There</source>
        <translation>هناك</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="437"/>
        <source>Here</source>
        <translation>هنا</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="446"/>
        <location filename="../../ui/meetings/conflict.py" line="452"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="447"/>
        <source>The stored minutes are now in the editor. Your version is on the clipboard, and below until you close this window.</source>
        <translation>المحضر المحفوظ معروض الآن في المحرر. نسختك في الحافظة، وتبقى أدناه حتى تغلق هذه النافذة.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="453"/>
        <source>Nothing was saved. Your text stays in the editor; copy what you need from either version.</source>
        <translation>لم يُحفظ شيء. يبقى نصك في المحرر؛ انسخ ما تحتاج إليه من أيٍّ من النسختين.</translation>
    </message>
</context>
<context>
    <name>MeetingConflict</name>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="56"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="57"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="58"/>
        <source>Classification</source>
        <translation>درجة الكتمان</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="59"/>
        <source>Election</source>
        <translation>الانتخابات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="60"/>
        <source>Organising body</source>
        <translation>الجهة المنظِّمة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="61"/>
        <source>Starts</source>
        <translation>البدء</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="62"/>
        <source>Ends</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="63"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="64"/>
        <source>Chair</source>
        <translation>رئيس الاجتماع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="65"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="66"/>
        <source>Attendees</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="67"/>
        <source>Agenda and outcomes</source>
        <translation>جدول الأعمال والمخرجات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="68"/>
        <source>Other outcomes</source>
        <translation>مخرجات أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="154"/>
        <source>(unknown, number {id})</source>
        <translation>(غير معروف، الرقم {id})</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="252"/>
        <source>the texts differ; see the whole versions below</source>
        <translation>النصوص مختلفة؛ انظر النسختين كاملتين أدناه</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="270"/>
        <source>These minutes were changed on another workstation since you opened them.</source>
        <translation>عُدِّل هذا المحضر في محطة عمل أخرى منذ أن فتحته.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="274"/>
        <source>«{user}» at {workstation} changed these minutes at {time}.</source>
        <translation>عدّل «{user}» هذا المحضر على محطة العمل {workstation} الساعة {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="277"/>
        <source>These minutes were changed at {workstation} at {time}.</source>
        <translation>عُدِّل هذا المحضر على محطة العمل {workstation} الساعة {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="284"/>
        <source>«{user}» at {workstation} deleted these minutes at {time}.</source>
        <translation>حذف «{user}» هذا المحضر على محطة العمل {workstation} الساعة {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="288"/>
        <source>These minutes were deleted on another workstation.</source>
        <translation>حُذف هذا المحضر على محطة عمل أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="291"/>
        <source>Your text is kept here and in the draft journal: save to record it as new minutes, or copy what you need.</source>
        <translation>ما كتبته باقٍ هنا وفي سجل المسودات: احفظه ليُسجَّل محضراً جديداً، أو انسخ منه ما تحتاج إليه.</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../ui/meetings/editor.py" line="230"/>
        <location filename="../../ui/meetings/editor.py" line="231"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="238"/>
        <source>(not recorded)</source>
        <translation>(غير مدوّن)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="242"/>
        <source>(choose among the attendees)</source>
        <translation>(يُختار من بين الحضور)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="254"/>
        <source>&amp;Subject</source>
        <translation>ال&amp;موضوع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="255"/>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="256"/>
        <source>C&amp;lassification</source>
        <translation>&amp;درجة الكتمان</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="257"/>
        <source>&amp;Election</source>
        <translation>الان&amp;تخابات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="258"/>
        <source>Or&amp;ganising body</source>
        <translation>الجهة المن&amp;ظِّمة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="259"/>
        <source>S&amp;tarts</source>
        <translation>ال&amp;بدء</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="260"/>
        <source>E&amp;nds</source>
        <translation>الانت&amp;هاء</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="261"/>
        <source>&amp;Place</source>
        <translation>الم&amp;كان</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="262"/>
        <source>C&amp;hair</source>
        <translation>&amp;رئيس الاجتماع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="277"/>
        <source>Attendees</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="278"/>
        <source>Agenda and outcomes</source>
        <translation>جدول الأعمال والمخرجات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="282"/>
        <source>Edit subject</source>
        <translation>تعديل الموضوع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="284"/>
        <source>Edit place</source>
        <translation>تعديل المكان</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="286"/>
        <source>Change kind</source>
        <translation>تغيير النوع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="287"/>
        <source>Change classification</source>
        <translation>تغيير درجة الكتمان</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="289"/>
        <source>Change election</source>
        <translation>تغيير الانتخابات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="290"/>
        <source>Change organising body</source>
        <translation>تغيير الجهة المنظِّمة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="292"/>
        <source>Change chair</source>
        <translation>تغيير رئيس الاجتماع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="296"/>
        <source>Change start</source>
        <translation>تغيير وقت البدء</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="297"/>
        <source>Change end</source>
        <translation>تغيير وقت الانتهاء</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="303"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="305"/>
        <source>Submit for approval</source>
        <translation>رفع للمصادقة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="307"/>
        <source>Approve</source>
        <translation>مصادقة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="309"/>
        <source>Return to the clerk</source>
        <translation>إعادة إلى كاتب المحضر</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="311"/>
        <source>Amend</source>
        <translation>تعديل بنسخة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="312"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="314"/>
        <source>Excel…</source>
        <translation>إكسل…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="317"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="319"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="326"/>
        <source>Add attendee</source>
        <translation>إضافة حاضر</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="489"/>
        <source>{name} (not an attendee)</source>
        <translation>{name} (ليس من الحضور)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="574"/>
        <location filename="../../ui/meetings/editor.py" line="620"/>
        <source>Opening the minutes…</source>
        <translation>جارٍ فتح المحضر…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="606"/>
        <source>The minutes could not be read.</source>
        <translation>تعذّرت قراءة المحضر.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="640"/>
        <source>Restored from the unsaved draft; save to keep it.</source>
        <translation>استُعيد من المسودة غير المحفوظة؛ احفظ للإبقاء عليها.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="653"/>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="653"/>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="722"/>
        <source>Approved minutes, revision {revision}, fingerprint {fingerprint}. They are locked: to correct them, choose Amend, which makes a new revision and keeps this one.</source>
        <translation>محضر مصادق عليه، النسخة {revision}، البصمة {fingerprint}. المحضر مقفل: لتصحيحه اختر «تعديل بنسخة جديدة»، فتُنشأ نسخة جديدة وتبقى هذه كما هي.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="729"/>
        <source>Submitted for approval (revision {revision}): locked until the commander approves the minutes or returns them to the clerk.</source>
        <translation>مرفوع للمصادقة (النسخة {revision}): مقفل حتى يصادق عليه القائد أو يعيده إلى كاتب المحضر.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="754"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="779"/>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="792"/>
        <source>Not saved: these minutes were changed elsewhere since you opened them.</source>
        <translation>لم يُحفظ: عُدِّل هذا المحضر في مكان آخر منذ أن فتحته.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="797"/>
        <source>Not saved.</source>
        <translation>لم يُحفظ.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="824"/>
        <source>Not done.</source>
        <translation>لم يُنفَّذ.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="844"/>
        <source>Submitting…</source>
        <translation>جارٍ الرفع للمصادقة…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="846"/>
        <source>Submitted for approval.</source>
        <translation>رُفع للمصادقة.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="849"/>
        <source>Approving…</source>
        <translation>جارٍ المصادقة…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="851"/>
        <source>Approved.</source>
        <translation>صودق عليه.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="854"/>
        <source>Returning to the clerk…</source>
        <translation>جارٍ الإعادة إلى كاتب المحضر…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="858"/>
        <source>Returned to the clerk.</source>
        <translation>أُعيد إلى كاتب المحضر.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="869"/>
        <source>Making a new revision…</source>
        <translation>جارٍ إعداد نسخة جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="889"/>
        <source>Export attendance and directives</source>
        <translation>تصدير الحضور والتوجيهات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="891"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف إكسل (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="946"/>
        <source>Unsaved minutes</source>
        <translation>محضر غير محفوظ</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="947"/>
        <source>The minutes «{title}» have unsaved changes. Save them?</source>
        <translation>في المحضر «{title}» تغييرات غير محفوظة. أتحفظها؟</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="198"/>
        <source>Change {what}</source>
        <translation>تغيير {what}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="212"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="213"/>
        <source>Position and organisation</source>
        <translation>المنصب والجهة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="215"/>
        <source>Capacity</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="217"/>
        <source>Represents</source>
        <translation>يمثّل</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="219"/>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="237"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="239"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="240"/>
        <source>Responsible organisation</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="243"/>
        <source>Responsible person</source>
        <translation>الشخص المسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="246"/>
        <source>Due date</source>
        <translation>موعد الإنجاز</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="248"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/rows.py" line="268"/>
        <source>(untitled item)</source>
        <translation>(فقرة بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/room.py" line="113"/>
        <source>Read again: {change}</source>
        <translation>أُعيدت قراءة المحضر: {change}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/room.py" line="142"/>
        <source>Reload the minutes</source>
        <translation>إعادة تحميل المحضر</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/room.py" line="143"/>
        <source>Your unsaved changes to these minutes will be replaced by the minutes as stored now. Your text will be put on the clipboard and kept in the draft journal. Reload?</source>
        <translation>ستحلّ النسخة المحفوظة الآن من هذا المحضر محلّ تعديلاتك غير المحفوظة، ويوضع نصك في الحافظة ويُحفظ في سجل المسودات. هل تريد إعادة التحميل؟</translation>
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
        <location filename="../../ui/meetings/archive_dialog.py" line="148"/>
        <source>Exporting the archive…</source>
        <translation>جارٍ تصدير الأرشيف…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/workflow.py" line="90"/>
        <source>Approve the minutes</source>
        <translation>المصادقة على المحضر</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/workflow.py" line="91"/>
        <source>Approved minutes are sealed and can no longer be changed; a correction will be a new revision. Approve them now?</source>
        <translation>يُختم المحضر المصادَق عليه ولا يمكن تغييره بعد ذلك، وأيّ تصحيح يكون بنسخة جديدة. هل تصادق عليه الآن؟</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/workflow.py" line="109"/>
        <source>Return to the clerk</source>
        <translation>إعادة إلى كاتب المحضر</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/workflow.py" line="110"/>
        <source>What must be corrected?</source>
        <translation>ما الذي يجب تصحيحه؟</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/workflow.py" line="177"/>
        <source>Preparing the minutes…</source>
        <translation>جارٍ إعداد المحضر…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/workflow.py" line="187"/>
        <source>Exporting attendance and directives…</source>
        <translation>جارٍ تصدير الحضور والتوجيهات…</translation>
    </message>
</context>
<context>
    <name>MeetingsArea</name>
    <message>
        <location filename="../../ui/meetings/area.py" line="55"/>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="56"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="57"/>
        <source>New from this one</source>
        <translation>اجتماع جديد على غراره</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="59"/>
        <location filename="../../ui/meetings/area.py" line="300"/>
        <source>Delete draft</source>
        <translation>حذف المسودة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="61"/>
        <source>Submit</source>
        <translation>رفع للمصادقة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="62"/>
        <source>Approve</source>
        <translation>مصادقة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="63"/>
        <source>Return to the clerk</source>
        <translation>إعادة إلى كاتب المحضر</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="65"/>
        <source>Amend</source>
        <translation>تعديل بنسخة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="66"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="67"/>
        <source>Excel…</source>
        <translation>إكسل…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="68"/>
        <source>Archive export…</source>
        <translation>تصدير الأرشيف…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="85"/>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="92"/>
        <source>Close minutes</source>
        <translation>إغلاق المحضر</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="120"/>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="301"/>
        <source>Delete the draft minutes «{subject}»? This cannot be undone.</source>
        <translation>هل تحذف مسودة المحضر «{subject}»؟ لا يمكن التراجع عن الحذف.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="340"/>
        <source>Export attendance and directives</source>
        <translation>تصدير الحضور والتوجيهات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/area.py" line="342"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف إكسل (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>MeetingsList</name>
    <message>
        <location filename="../../ui/meetings/listing.py" line="128"/>
        <source>Search subject, place, body…</source>
        <translation>ابحث في الموضوع والمكان والجهة…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="134"/>
        <source>All elections</source>
        <translation>كل الانتخابات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="136"/>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="137"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="138"/>
        <source>All bodies</source>
        <translation>كل الجهات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="146"/>
        <source>any</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="152"/>
        <source>Attended by…</source>
        <translation>بحضور…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="155"/>
        <source>Clear the attendee filter</source>
        <translation>إلغاء التصفية حسب الحاضر</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="202"/>
        <source>&amp;Search</source>
        <translation>ب&amp;حث</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="205"/>
        <source>Election</source>
        <translation>الانتخابات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="207"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="209"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="211"/>
        <source>Organising body</source>
        <translation>الجهة المنظِّمة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="213"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="215"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/listing.py" line="217"/>
        <source>Attendee</source>
        <translation>الحاضر</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/listing.py" line="328"/>
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
        <location filename="../../ui/meetings/pickers.py" line="263"/>
        <source>New organisation</source>
        <translation>جهة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="267"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="272"/>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="273"/>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="274"/>
        <source>&amp;Under</source>
        <translation>&amp;تابعة إلى</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="275"/>
        <source>&amp;Short name</source>
        <translation>الاسم ال&amp;مختصر</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="293"/>
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="297"/>
        <source>(no rank)</source>
        <translation>(بلا رتبة)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="301"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="305"/>
        <source>Full &amp;name</source>
        <translation>الاسم ال&amp;كامل</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="306"/>
        <source>&amp;Honorific</source>
        <translation>الل&amp;قب</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="307"/>
        <source>&amp;Rank</source>
        <translation>ال&amp;رتبة</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="308"/>
        <source>&amp;Position</source>
        <translation>المن&amp;صب</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="309"/>
        <source>Service &amp;number</source>
        <translation>الرقم الإ&amp;حصائي</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="310"/>
        <source>&amp;Organisation</source>
        <translation>ال&amp;جهة</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../ui/meetings/pickers.py" line="96"/>
        <source>Type a name, rank, service number or position…</source>
        <translation>اكتب اسماً أو رتبة أو رقماً إحصائياً أو منصباً…</translation>
    </message>
</context>
<context>
    <name>RoomBanner</name>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="314"/>
        <source>Show the changes</source>
        <translation>عرض التغييرات</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/conflict.py" line="317"/>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
</context>
</TS>
