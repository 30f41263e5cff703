<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>DocumentKind</name>
    <message>
        <source>Follow-up of directives</source>
        <translation>متابعة تنفيذ القرارات والتوجيهات</translation>
    </message>
    <message>
        <source>List of centres</source>
        <translation>قائمة المراكز</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>جدول الواجبات</translation>
    </message>
    <message>
        <source>Assignment orders</source>
        <translation>أوامر التنسيب</translation>
    </message>
    <message>
      <source>Minutes of a meeting</source>
      <translation>محضر اجتماع</translation>
    </message>
  </context>
  <context>
    <name>DomainError</name>
    <message>
      <source>Only approved minutes are printed for comparison.</source>
      <translation>لا يُطبع للمطابقة إلا المحضر المصادق عليه.</translation>
    </message>
    <message>
      <source>Another print gave these minutes a number meanwhile; print them again to use it.</source>
      <translation>أُعطي هذا المحضر عدداً من طباعة أخرى في الأثناء؛ اطبعه مرة أخرى ليظهر ذلك العدد.</translation>
    </message>
    <message>
      <source>Choose an election or a date range, not both.</source>
      <translation>اختر انتخابات أو مدة زمنية، لا كليهما.</translation>
    </message>
    <message>
      <source>Choose an election, or a date range with both a first and a last day.</source>
      <translation>اختر انتخابات، أو مدة زمنية بيومها الأول ويومها الأخير.</translation>
    </message>
    <message>
      <source>Name the meeting by its number in the list or its document number.</source>
      <translation>حدد الاجتماع برقمه في القائمة أو بعدد محضره.</translation>
    </message>
    <message>
      <source>No election has the id {id}.</source>
      <translation>لا توجد انتخابات بالرقم {id}.</translation>
    </message>
    <message>
      <source>No meeting has the id {id}.</source>
      <translation>لا يوجد اجتماع بالرقم {id}.</translation>
    </message>
    <message>
      <source>No minutes carry the document number {number}.</source>
      <translation>لا يوجد محضر يحمل العدد {number}.</translation>
    </message>
    <message>
      <source>The approved minutes of meeting {id} no longer match their fingerprint: the record was changed after approval. They are not printed, so that no copy carries a false seal.</source>
      <translation>المحضر المصادق عليه للاجتماع {id} لم يعد يطابق بصمته: فقد غُيِّر السجل بعد المصادقة. ولن يُطبع، كي لا تحمل أي نسخة منه بصمة زائفة.</translation>
    </message>
    <message>
      <source>The last day {end} comes before the first day {start}.</source>
      <translation>اليوم الأخير {end} يسبق اليوم الأول {start}.</translation>
    </message>
    <message>
      <source>The minutes changed while they were printed; print them again.</source>
      <translation>تغير المحضر أثناء طباعته؛ اطبعه مرة أخرى.</translation>
    </message>
    <message>
      <source>The number {number} was given in more than one year; add the year, as in {example}.</source>
      <translation>العدد {number} أُعطي في أكثر من سنة؛ أضف السنة، مثل {example}.</translation>
    </message>
  </context>
  <context>
    <name>ReportParam</name>
    <message>
        <source>Late only</source>
        <translation>المتأخرة فقط</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Still open (open or in progress)</source>
        <translation>قيد المتابعة (مفتوحة أو قيد التنفيذ)</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>كلمات البحث</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>المستحقة هذا الأسبوع</translation>
    </message>
    <message>
        <source>Late directives</source>
        <translation>التوجيهات المتأخرة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Responsible body (and the bodies under it)</source>
        <translation>الجهة المسؤولة (والجهات التابعة لها)</translation>
    </message>
    <message>
        <source>Shift, for coverage</source>
        <translation>الوجبة (لبيان التغطية)</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>حسب الوحدة</translation>
    </message>
    <message>
        <source>By centre or post</source>
        <translation>حسب المركز أو النقطة</translation>
    </message>
    <message>
        <source>Grouped</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>تاريخ الكتاب</translation>
    </message>
    <message>
        <source>(every day)</source>
        <translation>(كل الأيام)</translation>
    </message>
    <message>
        <source>Duty day</source>
        <translation>يوم الواجب</translation>
    </message>
    <message>
        <source>Unit (and the units under it)</source>
        <translation>الوحدة (والوحدات التابعة لها)</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>الانتخابات</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>الاجتماع</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>Only the fingerprint was checked, not the content: pdftotext (poppler-utils) is not installed, so the text of this copy could not be compared with the approved minutes.</source>
      <translation>جرت مطابقة البصمة وحدها دون المضمون: البرنامج pdftotext (من حزمة poppler-utils) غير مثبت، فتعذرت مقارنة نص هذه النسخة بنص المحضر المصادق عليه.</translation>
    </message>
    <message>
      <source>NO MATCH: this copy carries the fingerprint of the approved minutes of meeting {id}, revision {revision}, but its content differs from them.</source>
      <translation>غير مطابق: تحمل هذه النسخة بصمة المحضر المصادق عليه للاجتماع {id}، النسخة {revision}، غير أن مضمونها يختلف عنه.</translation>
    </message>
    <message>
      <source>First difference, at line {line} of its text:</source>
      <translation>أول اختلاف، في السطر {line} من نصها:</translation>
    </message>
    <message>
      <source>This copy: {line}</source>
      <translation>هذه النسخة: {line}</translation>
    </message>
    <message>
      <source>Approved: {line}</source>
      <translation>المصادق عليه: {line}</translation>
    </message>
    <message>
      <source>Cancelled; nothing was written.</source>
      <translation>أُلغي؛ لم يُكتب شيء.</translation>
    </message>
    <message>
      <source>DATE</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Give either --election ID, or both --from DATE and --to DATE.</source>
      <translation>حدد إما --election ID أو كلاً من --from DATE و--to DATE.</translation>
    </message>
    <message>
      <source>MEETING</source>
      <translation>الاجتماع</translation>
    </message>
    <message>
      <source>export every approved meeting as numbered PDFs</source>
      <translation>تصدير كل اجتماع معتمد بملفات PDF مرقمة</translation>
    </message>
    <message>
      <source>first day of the range</source>
      <translation>اليوم الأول من المدة</translation>
    </message>
    <message>
      <source>folder in which the archive folder is made</source>
      <translation>المجلد الذي يُنشأ فيه مجلد الأرشيف</translation>
    </message>
    <message>
      <source>issuing office, when the organiser has none of its own</source>
      <translation>الجهة المصدرة، إذا لم تكن للجهة المنظمة جهة مصدرة خاصة بها</translation>
    </message>
    <message>
      <source>last day of the range</source>
      <translation>اليوم الأخير من المدة</translation>
    </message>
    <message>
      <source>print the minutes of a meeting</source>
      <translation>طباعة محضر اجتماع</translation>
    </message>
    <message>
      <source>the election's id</source>
      <translation>رقم الانتخابات</translation>
    </message>
    <message>
      <source>the meeting's id or the document number of its minutes</source>
      <translation>رقم الاجتماع أو عدد محضره</translation>
    </message>
    <message>
      <source>{count} approved minutes archived in: {path}</source>
      <translation>أُرشف {count} من المحاضر المعتمدة في: {path}</translation>
    </message>
    <message>
      <source>{value} is not a date such as 2010-03-07</source>
      <translation>{value} ليس تاريخاً مثل 2010-03-07</translation>
    </message>
  </context>
</TS>
