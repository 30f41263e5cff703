<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>DomainError</name>
    <message>
      <source>A document number needs a document kind.</source>
      <translation>رقم الكتاب يحتاج إلى نوع المستند.</translation>
    </message>
    <message>
      <source>A password needs at least 8 characters.</source>
      <translation>كلمة المرور تحتاج إلى 8 أحرف على الأقل.</translation>
    </message>
    <message>
      <source>A shift cannot start and end at the same time.</source>
      <translation>لا يمكن أن تبدأ الوجبة وتنتهي في الوقت نفسه.</translation>
    </message>
    <message>
      <source>A shift needs a start and an end time.</source>
      <translation>الوجبة تحتاج إلى وقت بداية ووقت نهاية.</translation>
    </message>
    <message>
      <source>A username may hold letters, digits, dots, dashes and underscores only.</source>
      <translation>اسم المستخدم يقتصر على الحروف والأرقام والنقاط والشرطات.</translation>
    </message>
    <message>
      <source>A vehicle with plate {plate} is already registered.</source>
      <translation>العجلة ذات الرقم {plate} مسجلة مسبقاً.</translation>
    </message>
    <message>
      <source>A {level} cannot stand under a {parent}.</source>
      <translation>لا يمكن أن تتبع {level} {parent}.</translation>
    </message>
    <message>
      <source>An assignment is of one person or one detachment.</source>
      <translation>التنسيب يكون لمنتسب واحد أو لمفرزة واحدة.</translation>
    </message>
    <message>
      <source>An assignment is to one centre or one post.</source>
      <translation>التنسيب يكون إلى مركز واحد أو نقطة واحدة.</translation>
    </message>
    <message>
      <source>An organisation cannot be placed under itself or its own units.</source>
      <translation>لا يمكن أن تتبع الجهة نفسها أو إحدى تشكيلاتها.</translation>
    </message>
    <message>
      <source>Another centre already has the commission code {code}.</source>
      <translation>رمز المفوضية {code} مستخدم لمركز آخر.</translation>
    </message>
    <message>
      <source>Give both latitude and longitude, or neither.</source>
      <translation>أدخل خط العرض وخط الطول معاً، أو اتركهما فارغين.</translation>
    </message>
    <message>
      <source>Latitude and longitude must be numbers.</source>
      <translation>خط العرض وخط الطول يجب أن يكونا رقمين.</translation>
    </message>
    <message>
      <source>No active user is named {username}.</source>
      <translation>لا يوجد مستخدم فعّال باسم {username}.</translation>
    </message>
    <message>
      <source>No document number has the id {id}.</source>
      <translation>لا يوجد رقم كتاب بالمعرّف {id}.</translation>
    </message>
    <message>
      <source>No issuing office has the id {id}.</source>
      <translation>لا توجد جهة إصدار بالمعرّف {id}.</translation>
    </message>
    <message>
      <source>No {what} has the id {id}.</source>
      <translation>{what}: لا يوجد سجل بالمعرّف {id}.</translation>
    </message>
    <message>
      <source>Number {number} is already void.</source>
      <translation>الرقم {number} ملغى مسبقاً.</translation>
    </message>
    <message>
      <source>Only an administrator may add users.</source>
      <translation>إضافة المستخدمين من صلاحية مدير النظام فقط.</translation>
    </message>
    <message>
      <source>Say why the number is voided.</source>
      <translation>اذكر سبب إلغاء الرقم.</translation>
    </message>
    <message>
      <source>Service number {number} is already held by {name}.</source>
      <translation>الرقم الإحصائي {number} مسجل باسم {name}.</translation>
    </message>
    <message>
      <source>Special voting must come on or before polling day.</source>
      <translation>يجب أن يكون التصويت الخاص في يوم الاقتراع أو قبله.</translation>
    </message>
    <message>
      <source>The code {code} is already used by another area.</source>
      <translation>الرمز {code} مستخدم لمنطقة أخرى.</translation>
    </message>
    <message>
      <source>The coordinates {lat}, {lon} are not on the map.</source>
      <translation>الإحداثيات {lat}، {lon} خارج حدود الخريطة.</translation>
    </message>
    <message>
      <source>The rank {name} is already in the list.</source>
      <translation>الرتبة {name} موجودة في القائمة.</translation>
    </message>
    <message>
      <source>The same person is listed twice in the detachment.</source>
      <translation>المنتسب نفسه مذكور مرتين في المفرزة.</translation>
    </message>
    <message>
      <source>The username {username} is taken.</source>
      <translation>اسم المستخدم {username} محجوز.</translation>
    </message>
    <message>
      <source>There is already a shift called {label} on {date}.</source>
      <translation>توجد وجبة باسم {label} في {date}.</translation>
    </message>
    <message>
      <source>This record was changed by someone else since you opened it; reopen it and make your change again.</source>
      <translation>عدّل مستخدم آخر هذا السجل بعد أن فتحته؛ أعد فتحه ثم أجرِ تعديلك مرة أخرى.</translation>
    </message>
    <message>
      <source>Vehicle {plate} is already assigned to {place} in the shift {shift}.</source>
      <translation>العجلة {plate} منسّبة إلى {place} في {shift}.</translation>
    </message>
    <message>
      <source>Vehicle {plate} is not in service.</source>
      <translation>العجلة {plate} خارج الخدمة.</translation>
    </message>
    <message>
      <source>{field} is required.</source>
      <translation>حقل {field} مطلوب.</translation>
    </message>
    <message>
      <source>{field} is too long: {length} characters, at most {limit}.</source>
      <translation>{field} أطول من المسموح: {length} حرفاً، والحد الأعلى {limit}.</translation>
    </message>
    <message>
      <source>{field} must be a whole number, zero or more.</source>
      <translation>{field} يجب أن يكون عدداً صحيحاً، صفراً أو أكثر.</translation>
    </message>
    <message>
      <source>{name} is already assigned to {place} in the shift {shift}.</source>
      <translation>{name} منسّب إلى {place} في {shift}.</translation>
    </message>
    <message>
      <source>{name} is no longer active and cannot be assigned.</source>
      <translation>{name} غير فعّال ولا يمكن تنسيبه.</translation>
    </message>
    <message>
      <source>{phone} is not a phone number.</source>
      <translation>{phone} ليس رقم هاتف.</translation>
    </message>
    <message>
      <source>{value} is not a valid {field}; choose one of: {allowed}.</source>
      <translation>{value} ليست قيمة صالحة لحقل {field}؛ اختر من: {allowed}.</translation>
    </message>
    <message>
      <source>{what}: the end comes before the start.</source>
      <translation>{what}: النهاية تسبق البداية.</translation>
    </message>
  </context>
  <context>
    <name>Term</name>
    <message>
      <source>Address</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>المنطقة</translation>
    </message>
    <message>
      <source>Area level</source>
      <translation>مستوى المنطقة</translation>
    </message>
    <message>
      <source>Assignment</source>
      <translation>التنسيب</translation>
    </message>
    <message>
      <source>Centre</source>
      <translation>المركز</translation>
    </message>
    <message>
      <source>Centre kind</source>
      <translation>نوع المركز</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>الرمز</translation>
    </message>
    <message>
      <source>Commission code</source>
      <translation>رمز المفوضية</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Detachment</source>
      <translation>المفرزة</translation>
    </message>
    <message>
      <source>Display name</source>
      <translation>الاسم الظاهر</translation>
    </message>
    <message>
      <source>Election</source>
      <translation>الانتخابات</translation>
    </message>
    <message>
      <source>Election kind</source>
      <translation>نوع الانتخابات</translation>
    </message>
    <message>
      <source>English name</source>
      <translation>الاسم بالإنكليزية</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>الاسم الكامل</translation>
    </message>
    <message>
      <source>Honorific</source>
      <translation>اللقب</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>التسمية</translation>
    </message>
    <message>
      <source>Latin name</source>
      <translation>الاسم بالحروف اللاتينية</translation>
    </message>
    <message>
      <source>Leader</source>
      <translation>آمر المفرزة</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>الملاحظات</translation>
    </message>
    <message>
      <source>Ordered by</source>
      <translation>بأمر من</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>الجهة</translation>
    </message>
    <message>
      <source>Organisation kind</source>
      <translation>نوع الجهة</translation>
    </message>
    <message>
      <source>Parent area</source>
      <translation>المنطقة الأعلى</translation>
    </message>
    <message>
      <source>Parent organisation</source>
      <translation>الجهة الأعلى</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>المنتسب</translation>
    </message>
    <message>
      <source>Phase</source>
      <translation>المرحلة</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <source>Plate</source>
      <translation>رقم العجلة</translation>
    </message>
    <message>
      <source>Polling date</source>
      <translation>يوم الاقتراع</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>المنصب</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>النقطة</translation>
    </message>
    <message>
      <source>Post kind</source>
      <translation>نوع النقطة</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>الرتبة</translation>
    </message>
    <message>
      <source>Readiness level</source>
      <translation>درجة الاستعداد</translation>
    </message>
    <message>
      <source>Risk level</source>
      <translation>درجة الخطورة</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>الواجب</translation>
    </message>
    <message>
      <source>Sector</source>
      <translation>القاطع</translation>
    </message>
    <message>
      <source>Seniority</source>
      <translation>الأقدمية</translation>
    </message>
    <message>
      <source>Service number</source>
      <translation>الرقم الإحصائي</translation>
    </message>
    <message>
      <source>Shift</source>
      <translation>الوجبة</translation>
    </message>
    <message>
      <source>Short name</source>
      <translation>الاسم المختصر</translation>
    </message>
    <message>
      <source>Stations</source>
      <translation>عدد المحطات</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>اسم المستخدم</translation>
    </message>
    <message>
      <source>Vehicle</source>
      <translation>العجلة</translation>
    </message>
    <message>
      <source>Vehicle kind</source>
      <translation>نوع العجلة</translation>
    </message>
    <message>
      <source>Voters</source>
      <translation>عدد الناخبين</translation>
    </message>
    <message>
      <source>district</source>
      <translation>القضاء</translation>
    </message>
    <message>
      <source>governorate</source>
      <translation>المحافظة</translation>
    </message>
    <message>
      <source>municipality</source>
      <translation>البلدية</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <source>subdistrict</source>
      <translation>الناحية</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>  {name}: {count}</source>
      <translation>  {name}: {count}</translation>
    </message>
    <message>
      <source>  {table}: {count}</source>
      <translation>  {table}: {count}</translation>
    </message>
    <message>
      <source>Broken reference: {table} row {rowid} names a missing {parent}</source>
      <translation>إشارة مكسورة: السجل {rowid} في {table} يشير إلى سجل مفقود في {parent}</translation>
    </message>
    <message>
      <source>COMMAND</source>
      <translation>الأمر</translation>
    </message>
    <message>
      <source>Commands of {name} are unavailable: {error}</source>
      <translation>أوامر {name} غير متاحة: {error}</translation>
    </message>
    <message>
      <source>Database: {name}</source>
      <translation>قاعدة البيانات: {name}</translation>
    </message>
    <message>
      <source>Demo data loaded into {name}.</source>
      <translation>حُمّلت البيانات التجريبية في {name}.</translation>
    </message>
    <message>
      <source>Ghurfa: the operations room for election security.</source>
      <translation>غرفة العمليات: إدارة أمن الانتخابات.</translation>
    </message>
    <message>
      <source>Interrupted.</source>
      <translation>أُوقف التنفيذ.</translation>
    </message>
    <message>
      <source>Misuse</source>
      <translation>استعمال خاطئ</translation>
    </message>
    <message>
      <source>No problems found.</source>
      <translation>لم تُكتشف أي مشكلة.</translation>
    </message>
    <message>
      <source>Problems found: {count}</source>
      <translation>عدد المشكلات المكتشفة: {count}</translation>
    </message>
    <message>
      <source>SQLite integrity check failed: {result}</source>
      <translation>فشل فحص سلامة ملف SQLite: {result}</translation>
    </message>
    <message>
      <source>Schema revision: {current} (latest {head})</source>
      <translation>إصدار المخطط: {current} (الأحدث {head})</translation>
    </message>
    <message>
      <source>The desktop program is not installed; use a sub-command (see --help).</source>
      <translation>البرنامج الرسومي غير مثبت؛ استعمل أحد الأوامر (انظر ‎--help).</translation>
    </message>
    <message>
      <source>The schema is not up to date.</source>
      <translation>مخطط قاعدة البيانات غير محدّث.</translation>
    </message>
    <message>
      <source>database URL (default: SQLite in the user's data folder)</source>
      <translation>عنوان قاعدة البيانات (الافتراضي: ملف SQLite في مجلد بيانات المستخدم)</translation>
    </message>
    <message>
      <source>language of messages and documents</source>
      <translation>لغة الرسائل والمستندات</translation>
    </message>
    <message>
      <source>load even if the database already holds data</source>
      <translation>التحميل حتى لو كانت قاعدة البيانات تحوي بيانات</translation>
    </message>
    <message>
      <source>load the demo data</source>
      <translation>تحميل البيانات التجريبية</translation>
    </message>
    <message>
      <source>load the demo data first if the database is empty</source>
      <translation>تحميل البيانات التجريبية أولاً إذا كانت قاعدة البيانات فارغة</translation>
    </message>
    <message>
      <source>random seed</source>
      <translation>بذرة التوليد العشوائي</translation>
    </message>
    <message>
      <source>report on the schema and integrity</source>
      <translation>تقرير عن المخطط وسلامة البيانات</translation>
    </message>
    <message>
      <source>seed: the source texts' commands and meetings; national: a synthetic set for benchmarks</source>
      <translation>seed: قيادات النصوص المصدرية واجتماعاتها؛ national: مجموعة وطنية مولّدة لقياس الأداء</translation>
    </message>
  </context>
</TS>
