<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>DocumentKind</name>
    <message>
      <source>Sample letter</source>
      <translation>كتاب رسمي نموذجي</translation>
    </message>
    <message>
      <source>Sample roster table</source>
      <translation>جدول نموذجي بأسماء المنسبين</translation>
    </message>
  </context>
  <context>
    <name>DomainError</name>
    <message>
      <source>No issuing office is recorded; add one before printing.</source>
      <translation>لا توجد جهة مصدرة مسجلة؛ أضف واحدة قبل الطباعة.</translation>
    </message>
    <message>
      <source>The parameter {name} needs a date such as 2010-03-07, not {value}.</source>
      <translation>المعامل {name} يحتاج إلى تاريخ مثل 2010-03-07، لا {value}.</translation>
    </message>
    <message>
      <source>The parameter {name} needs a whole number, not {value}.</source>
      <translation>المعامل {name} يحتاج إلى عدد صحيح، لا {value}.</translation>
    </message>
  </context>
  <context>
    <name>ReportParam</name>
    <message>
      <source>Classification</source>
      <translation>درجة السرية</translation>
    </message>
    <message>
      <source>Confidential</source>
      <translation>سري</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Issuing office</source>
      <translation>الجهة المصدرة</translation>
    </message>
    <message>
      <source>Secret and personal</source>
      <translation>سري وشخصي</translation>
    </message>
    <message>
      <source>Top secret</source>
      <translation>سري للغاية</translation>
    </message>
    <message>
      <source>Unclassified</source>
      <translation>غير مصنف</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>    --param {name}=…  {label} [{need}]</source>
      <translation>    --param {name}=…  {label} [{need}]</translation>
    </message>
    <message>
      <source>A parameter is written as name=value.</source>
      <translation>يكتب المعامل بالشكل name=value.</translation>
    </message>
    <message>
      <source>ACTION</source>
      <translation>الإجراء</translation>
    </message>
    <message>
      <source>Cancelled; the document number was voided.</source>
      <translation>أُلغيت الطباعة؛ وأُبطل رقم الكتاب.</translation>
    </message>
    <message>
      <source>DIR</source>
      <translation>المجلد</translation>
    </message>
    <message>
      <source>FILE</source>
      <translation>الملف</translation>
    </message>
    <message>
      <source>KIND</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>NAME=VALUE</source>
      <translation>الاسم=القيمة</translation>
    </message>
    <message>
      <source>The database is empty; building the gallery on the demo data.</source>
      <translation>قاعدة البيانات فارغة؛ ستُبنى النماذج على البيانات التجريبية.</translation>
    </message>
    <message>
      <source>The parameter {name} is required.</source>
      <translation>المعامل {name} مطلوب.</translation>
    </message>
    <message>
      <source>Unknown document kind {kind}; see: ghurfa report list</source>
      <translation>نوع المستند {kind} غير معروف؛ راجع: ghurfa report list</translation>
    </message>
    <message>
      <source>Unknown parameter {name} for {kind}.</source>
      <translation>المعامل {name} غير معروف للمستند {kind}.</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>كُتب: {path}</translation>
    </message>
    <message>
      <source>a parameter of the document; may be repeated</source>
      <translation>معامل للمستند؛ يمكن تكراره</translation>
    </message>
    <message>
      <source>also render page 1 of each PDF to a PNG in this folder</source>
      <translation>واحفظ الصفحة الأولى من كل ملف PDF صورةً PNG في هذا المجلد</translation>
    </message>
    <message>
      <source>build every document kind on demo data</source>
      <translation>أنشئ كل أنواع المستندات على البيانات التجريبية</translation>
    </message>
    <message>
      <source>build one document</source>
      <translation>أنشئ مستنداً واحداً</translation>
    </message>
    <message>
      <source>document kind (see report list)</source>
      <translation>نوع المستند (راجع report list)</translation>
    </message>
    <message>
      <source>file to write; its extension chooses PDF or Excel</source>
      <translation>الملف المطلوب؛ امتداده يحدد PDF أو Excel</translation>
    </message>
    <message>
      <source>folder for the documents</source>
      <translation>مجلد المستندات</translation>
    </message>
    <message>
      <source>list the document kinds</source>
      <translation>اعرض أنواع المستندات</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>اختياري</translation>
    </message>
    <message>
      <source>pdftoppm is not installed; no PNG was made.</source>
      <translation>الأداة pdftoppm غير مثبتة؛ لم تُنشأ صورة PNG.</translation>
    </message>
    <message>
      <source>print documents and workbooks</source>
      <translation>اطبع المستندات وملفات Excel</translation>
    </message>
    <message>
      <source>required</source>
      <translation>مطلوب</translation>
    </message>
    <message>
      <source>{key}: {title} ({formats})</source>
      <translation>{key}: {title} ({formats})</translation>
    </message>
    <message>
      <source>{kind} is made as {formats}, not {fmt}.</source>
      <translation>يُنشأ {kind} بصيغة {formats}، لا {fmt}.</translation>
    </message>
  </context>
  <context>
    <name>reports</name>
    <message>
      <source>The document could not be built: {error}</source>
      <translation>تعذر إنشاء المستند: {error}</translation>
    </message>
    <message>
      <source>The printing was cancelled.</source>
      <translation>أُلغيت الطباعة.</translation>
    </message>
  </context>
</TS>
