<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>DomainError</name>
    <message>
      <source>Loading the demo data was cancelled; nothing was written.</source>
      <translation>أُلغي تحميل البيانات التجريبية؛ لم يُحفظ أي شيء.</translation>
    </message>
    <message>
      <source>The database already holds data; use --force to add the demo data anyway.</source>
      <translation>قاعدة البيانات تحتوي على بيانات؛ استخدم --force لإضافة البيانات التجريبية رغم ذلك.</translation>
    </message>
    <message>
      <source>Unknown demo scale {scale}; choose seed or national.</source>
      <translation>حجم البيانات التجريبية {scale} غير معروف؛ اختر seed أو national.</translation>
    </message>
  </context>
  <context>
    <name>demo</name>
    <message>
      <source>Administrative areas</source>
      <translation>الوحدات الإدارية</translation>
    </message>
    <message>
      <source>Assignments</source>
      <translation>التنسيبات</translation>
    </message>
    <message>
      <source>Centres</source>
      <translation>المراكز</translation>
    </message>
    <message>
      <source>Centres and posts</source>
      <translation>المراكز والنقاط</translation>
    </message>
    <message>
      <source>Election and shifts</source>
      <translation>الانتخابات والوجبات</translation>
    </message>
    <message>
      <source>Elections</source>
      <translation>الانتخابات</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>الحوادث</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>الاجتماعات</translation>
    </message>
    <message>
      <source>Offices and users</source>
      <translation>جهات الإصدار والمستخدمون</translation>
    </message>
    <message>
      <source>Organisations</source>
      <translation>التشكيلات</translation>
    </message>
    <message>
      <source>People</source>
      <translation>المنتسبون</translation>
    </message>
    <message>
      <source>Posts</source>
      <translation>النقاط</translation>
    </message>
    <message>
      <source>Ranks</source>
      <translation>الرتب</translation>
    </message>
    <message>
      <source>Saving</source>
      <translation>الحفظ</translation>
    </message>
    <message>
      <source>Shifts and assignments</source>
      <translation>الوجبات والتنسيبات</translation>
    </message>
    <message>
      <source>Starting</source>
      <translation>البدء</translation>
    </message>
    <message>
      <source>Vehicles and detachments</source>
      <translation>العجلات والمفارز</translation>
    </message>
  </context>
</TS>
