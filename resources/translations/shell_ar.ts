<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>DomainError</name>
    <message>
      <source>Only an administrator may change the letterheads.</source>
      <translation>لا يغيّر ترويسات الكتب إلا مدير النظام.</translation>
    </message>
    <message>
      <source>The code {code} is already used by another issuing office.</source>
      <translation>الرمز {code} مستخدم لجهة مصدرة أخرى.</translation>
    </message>
    <message>
      <source>The logo file {path} does not exist.</source>
      <translation>ملف الشعار {path} غير موجود.</translation>
    </message>
    <message>
      <source>The logo must be a PNG or JPEG image: {path}</source>
      <translation>يجب أن يكون الشعار صورة PNG أو JPEG: {path}</translation>
    </message>
    <message>
      <source>The username or the password is wrong.</source>
      <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
      <source>{field} may have at most {limit} lines.</source>
      <translation>{field} لا تزيد على {limit} أسطر.</translation>
    </message>
  </context>
  <context>
    <name>Term</name>
    <message>
      <source>City</source>
      <translation>المدينة</translation>
    </message>
    <message>
      <source>English letterhead lines</source>
      <translation>أسطر الترويسة بالإنكليزية</translation>
    </message>
    <message>
      <source>Issuing office</source>
      <translation>الجهة المصدرة</translation>
    </message>
    <message>
      <source>Letterhead lines</source>
      <translation>أسطر الترويسة</translation>
    </message>
    <message>
      <source>Logo file</source>
      <translation>ملف الشعار</translation>
    </message>
  </context>
</TS>
