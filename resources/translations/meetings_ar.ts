<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>DomainError</name>
    <message>
      <source>Name the chair of the meeting before submitting the minutes.</source>
      <translation>حدِّد رئيس الاجتماع قبل رفع المحضر للمصادقة.</translation>
    </message>
    <message>
      <source>Only a commander may approve minutes.</source>
      <translation>لا يصادق على المحاضر إلا القائد.</translation>
    </message>
    <message>
      <source>Only a commander may return minutes to the clerk.</source>
      <translation>لا يعيد المحضر إلى المحرر إلا القائد.</translation>
    </message>
    <message>
      <source>Only a draft can be deleted; submitted and approved minutes are kept.</source>
      <translation>لا تُحذف إلا المسودة؛ المحاضر المرفوعة والمصادق عليها محفوظة.</translation>
    </message>
    <message>
      <source>Only a draft can be submitted for approval.</source>
      <translation>لا تُرفع للمصادقة إلا المسودة.</translation>
    </message>
    <message>
      <source>Only approved minutes are amended; a draft is simply edited.</source>
      <translation>التعديل بنسخة جديدة للمحاضر المصادق عليها فقط؛ المسودة تُحرَّر مباشرة.</translation>
    </message>
    <message>
      <source>Only minutes awaiting approval can be approved.</source>
      <translation>لا يُصادق إلا على محضر بانتظار المصادقة.</translation>
    </message>
    <message>
      <source>Only minutes awaiting approval can be returned.</source>
      <translation>لا يُعاد إلا محضر بانتظار المصادقة.</translation>
    </message>
    <message>
      <source>Only the chair, {name}, attends as chair.</source>
      <translation>صفة رئيس الاجتماع لـ{name} وحده.</translation>
    </message>
    <message>
      <source>Record the attendees before submitting the minutes.</source>
      <translation>سجِّل الحضور قبل رفع المحضر للمصادقة.</translation>
    </message>
    <message>
      <source>Revision {revision} already corrects these minutes; open it.</source>
      <translation>النسخة {revision} تصحح هذا المحضر فعلاً؛ افتحها.</translation>
    </message>
    <message>
      <source>The chair, {name}, must be among the attendees.</source>
      <translation>رئيس الاجتماع {name} يجب أن يكون بين الحاضرين.</translation>
    </message>
    <message>
      <source>These minutes are approved and locked; to correct them, amend them: a new revision is made and the approved one is kept.</source>
      <translation>هذا المحضر مصادق عليه ومقفل؛ لتصحيحه اختر «تعديل بنسخة جديدة»: تُنشأ نسخة جديدة ويبقى المصادق عليه كما هو.</translation>
    </message>
    <message>
      <source>These minutes await approval; a commander must return them to the clerk before they can be changed.</source>
      <translation>هذا المحضر بانتظار المصادقة؛ لا يُغيَّر حتى يعيده القائد إلى المحرر.</translation>
    </message>
    <message>
      <source>Your role may not record meetings.</source>
      <translation>صلاحيتك لا تسمح بتسجيل الاجتماعات.</translation>
    </message>
    <message>
      <source>{name} is listed twice among the attendees.</source>
      <translation>{name} مُدرج مرتين بين الحاضرين.</translation>
    </message>
    <message>
      <source>The directive «{text}» needs a responsible body or person.</source>
      <translation>التوجيه «{text}» يحتاج إلى جهة أو شخص مسؤول عن تنفيذه.</translation>
    </message>
    <message>
      <source>The outcome «{text}» is due before the meeting was held.</source>
      <translation>موعد إنجاز «{text}» يسبق تاريخ انعقاد الاجتماع.</translation>
    </message>
  </context>
  <context>
    <name>Term</name>
    <message>
      <source>Agenda item</source>
      <translation>فقرة جدول الأعمال</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>الحضور</translation>
    </message>
    <message>
      <source>Attendee</source>
      <translation>الحاضر</translation>
    </message>
    <message>
      <source>Capacity</source>
      <translation>الصفة</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>رئيس الاجتماع</translation>
    </message>
    <message>
      <source>Classification</source>
      <translation>درجة الكتمان</translation>
    </message>
    <message>
      <source>Directive</source>
      <translation>التوجيه</translation>
    </message>
    <message>
      <source>Discussion</source>
      <translation>المناقشة</translation>
    </message>
    <message>
      <source>End</source>
      <translation>الانتهاء</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>الاجتماع</translation>
    </message>
    <message>
      <source>Meeting kind</source>
      <translation>نوع الاجتماع</translation>
    </message>
    <message>
      <source>Organising body</source>
      <translation>الجهة المنظِّمة</translation>
    </message>
    <message>
      <source>Outcome kind</source>
      <translation>نوع المخرَج</translation>
    </message>
    <message>
      <source>Outcome text</source>
      <translation>نص المخرَج</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>المكان</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>الأولوية</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>Represented body</source>
      <translation>الجهة الممثَّلة</translation>
    </message>
    <message>
      <source>Responsible organisation</source>
      <translation>الجهة المسؤولة</translation>
    </message>
    <message>
      <source>Responsible person</source>
      <translation>الشخص المسؤول</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>البدء</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>الموضوع</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>Approved on {when} by {who}.</source>
      <translation>صودق عليه في {when} من قبل {who}.</translation>
    </message>
    <message>
      <source>FILE.pdf</source>
      <translation>ملف.pdf</translation>
    </message>
    <message>
      <source>MATCH: this copy is the approved minutes of meeting {id}, revision {revision}: {subject}</source>
      <translation>مطابق: هذه النسخة هي المحضر المصادق عليه للاجتماع {id}، النسخة {revision}: {subject}</translation>
    </message>
    <message>
      <source>NO MATCH: the fingerprint {fingerprint} printed on this copy belongs to no approved minutes in this database.</source>
      <translation>غير مطابق: البصمة {fingerprint} المطبوعة على هذه النسخة لا تعود إلى أي محضر مصادق عليه في قاعدة البيانات هذه.</translation>
    </message>
    <message>
      <source>No such file: {file}</source>
      <translation>لا يوجد ملف بهذا الاسم: {file}</translation>
    </message>
    <message>
      <source>Note: revision {revision} (meeting {id}) corrects these minutes.</source>
      <translation>ملاحظة: النسخة {revision} (الاجتماع {id}) تصحح هذا المحضر.</translation>
    </message>
    <message>
      <source>WARNING: the approved record of meeting {id} no longer matches its fingerprint; the database was changed after approval.</source>
      <translation>تحذير: المحضر المصادق عليه للاجتماع {id} لم يعد يطابق بصمته؛ غُيِّرت قاعدة البيانات بعد المصادقة.</translation>
    </message>
    <message>
      <source>check printed minutes against the approved record</source>
      <translation>مطابقة محضر مطبوع مع المحضر المصادق عليه</translation>
    </message>
    <message>
      <source>{file} carries no minutes fingerprint: it is not approved minutes printed by Ghurfa, or the fingerprint cannot be read.</source>
      <translation>لا يحمل {file} بصمة محضر: ليس محضراً مصادقاً عليه طبعته غرفة العمليات، أو تتعذر قراءة البصمة.</translation>
    </message>
    <message>
      <source>{file} is not a PDF document.</source>
      <translation>{file} ليس مستند PDF.</translation>
    </message>
  </context>
</TS>