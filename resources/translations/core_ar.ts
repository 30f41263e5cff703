<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>DomainError</name>
    <message>
        <source>The backup could not be restored; the details are in the log file.</source>
        <translation>تعذّرت استعادة النسخة الاحتياطية؛ التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <source>The settings file {file} does not read as settings; correct or remove it before choosing the backups folder. Nothing was saved.</source>
        <translation>ملف الإعدادات {file} لا يُقرأ إعداداتٍ؛ صحّحه أو احذفه قبل اختيار مجلد النسخ الاحتياطية. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The backup stopped on an unexpected error: {reason}</source>
        <translation>توقف النسخ الاحتياطي بسبب خطأ غير متوقع: {reason}</translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية: {reason}</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written ({reason}); choose a folder this user may write to.</source>
        <translation>لا يمكن الكتابة في المجلد {folder} ({reason})؛ اختر مجلداً يستطيع هذا المستخدم الكتابة فيه.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder; choose a folder for the backups.</source>
        <translation>{folder} ملف وليس مجلداً؛ اختر مجلداً للنسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>The folder {folder} is on a network share ({kind}). The backups are written by SQLite, whose locks a share does not keep: choose a folder on this computer's own disk or on a USB drive, and copy the backups to the share from there.</source>
        <translation>المجلد {folder} على مشاركة شبكية ({kind}). تكتب SQLite النسخ الاحتياطية، وأقفالها لا تحفظها المشاركة: اختر مجلداً على قرص هذا الحاسوب أو على ذاكرة USB، ثم انسخ النسخ الاحتياطية منه إلى المشاركة.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>اختر مجلداً للنسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>The detachment {detachment} is on duty at {place} in the shift {shift} of {date}, which begins as this one ends; the least rest between shifts is {rest}.</source>
        <translation>المفرزة {detachment} في الواجب في {place} في الوجبة «{shift}» من يوم {date}، وهي تبدأ حين تنتهي هذه الوجبة؛ وأقل استراحة بين وجبتين هي {rest}.</translation>
    </message>
    <message>
        <source>The detachment {detachment} is on duty at {place} in the shift {shift} of {date}, which ends as this one begins; the least rest between shifts is {rest}.</source>
        <translation>المفرزة {detachment} في الواجب في {place} في الوجبة «{shift}» من يوم {date}، وهي تنتهي حين تبدأ هذه الوجبة؛ وأقل استراحة بين وجبتين هي {rest}.</translation>
    </message>
    <message>
        <source>{name} is on duty with the detachment {detachment} at {place} in the shift {shift} of {date}, which begins as this one ends; the least rest between shifts is {rest}.</source>
        <translation>{name} في الواجب مع المفرزة {detachment} في {place} في الوجبة «{shift}» من يوم {date}، وهي تبدأ حين تنتهي هذه الوجبة؛ وأقل استراحة بين وجبتين هي {rest}.</translation>
    </message>
    <message>
        <source>{name} is on duty with the detachment {detachment} at {place} in the shift {shift} of {date}, which ends as this one begins; the least rest between shifts is {rest}.</source>
        <translation>{name} في الواجب مع المفرزة {detachment} في {place} في الوجبة «{shift}» من يوم {date}، وهي تنتهي حين تبدأ هذه الوجبة؛ وأقل استراحة بين وجبتين هي {rest}.</translation>
    </message>
    <message>
        <source>{name} is on duty at {place} in the shift {shift} of {date}, which begins as this one ends; the least rest between shifts is {rest}.</source>
        <translation>{name} في الواجب في {place} في الوجبة «{shift}» من يوم {date}، وهي تبدأ حين تنتهي هذه الوجبة؛ وأقل استراحة بين وجبتين هي {rest}.</translation>
    </message>
    <message>
        <source>{name} is on duty at {place} in the shift {shift} of {date}, which ends as this one begins; the least rest between shifts is {rest}.</source>
        <translation>{name} في الواجب في {place} في الوجبة «{shift}» من يوم {date}، وهي تنتهي حين تبدأ هذه الوجبة؛ وأقل استراحة بين وجبتين هي {rest}.</translation>
    </message>
    <message>
        <source>A directive is carried over to a sitting of its own election; the minutes of {date} are another election's.</source>
        <translation>يُرحَّل التوجيه إلى جلسة من انتخاباته هو؛ ومحضر {date} لانتخابات أخرى.</translation>
    </message>
    <message>
        <source>The sheet has no column {column} to map: name a column by its header in the header row (row {row}) or by its letter; its columns are: {headers}.</source>
        <translation>ليس في الورقة عمود {column} ليُربط: سمِّ العمود بعنوانه كما في صف العناوين (الصف {row}) أو بحرفه؛ أعمدتها: {headers}.</translation>
    </message>
    <message>
        <source>Vehicle {plate} cannot go to {site} in the shift {shift}: everyone on duty there has a vehicle already. To change one, give the vehicle to that assignment itself.</source>
        <translation>لا يمكن إرسال العجلة {plate} إلى {site} في الوجبة «{shift}»: لكل منسَّب فيه عجلة مسبقاً. لتبديل إحداها، ألحِق العجلة بذلك التنسيب نفسه.</translation>
    </message>
    <message>
        <source>Vehicle {plate} cannot go to {site} in the shift {shift}: nobody is on duty there yet, and a vehicle goes out with a person or a detachment. Place someone there first.</source>
        <translation>لا يمكن إرسال العجلة {plate} إلى {site} في الوجبة «{shift}»: لا أحد منسَّب فيه بعد، والعجلة تخرج مع منتسب أو مفرزة. نسِّب أحداً فيه أولاً.</translation>
    </message>
    <message>
        <source>Vehicle {plate} is already at {site} in the shift {shift}, with {name}.</source>
        <translation>العجلة {plate} في {site} مسبقاً في الوجبة «{shift}»، مع {name}.</translation>
    </message>
    <message>
        <source>A centre commander is one named person, not a detachment.</source>
        <translation>آمر المركز شخص واحد مسمّى باسمه، لا مفرزة.</translation>
    </message>
    <message>
        <source>A commander is named for a centre, not for a post.</source>
        <translation>يُسمّى الآمر لمركز، لا لنقطة.</translation>
    </message>
    <message>
        <source>A directive is carried over to a later meeting; the meeting of {date} is not after the one of {source}.</source>
        <translation>يُرحَّل التوجيه إلى اجتماع لاحق؛ واجتماع {date} ليس بعد اجتماع {source}.</translation>
    </message>
    <message>
        <source>A document number needs a document kind.</source>
        <translation>رقم الكتاب يحتاج إلى نوع المستند.</translation>
    </message>
    <message>
        <source>A follow-up takes at most {limit} directives at once.</source>
        <translation>تشمل المتابعة الواحدة {limit} توجيهاً في الأكثر.</translation>
    </message>
    <message>
        <source>A password may have at most {limit} characters.</source>
        <translation>تتسع كلمة المرور لـ{limit} حرفاً في الأكثر.</translation>
    </message>
    <message>
        <source>A password may not be the username.</source>
        <translation>لا تكون كلمة المرور هي اسم المستخدم نفسه.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>كلمة المرور تحتاج إلى 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>A polling-day shift falls on polling day, {polling}, not on {date}.</source>
        <translation>وجبة يوم الاقتراع تكون في يوم الاقتراع {polling}، لا في {date}.</translation>
    </message>
    <message>
        <source>A sheet of the file {file} spans {rows} rows by {columns} columns; a centres list is far smaller. It is refused for safety.</source>
        <translation>تمتد إحدى أوراق الملف {file} على {rows} صفاً و{columns} عموداً، وقائمة المراكز أصغر من ذلك بكثير؛ رُفض الملف حفاظاً على السلامة.</translation>
    </message>
    <message>
        <source>A shift after polling falls after polling day, {polling}, not on {date}.</source>
        <translation>وجبة ما بعد الاقتراع تكون بعد يوم الاقتراع {polling}، لا في {date}.</translation>
    </message>
    <message>
        <source>A shift before polling falls before polling day, {polling}, not on {date}.</source>
        <translation>وجبة ما قبل الاقتراع تكون قبل يوم الاقتراع {polling}، لا في {date}.</translation>
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
        <source>A shift of the phase «{phase}» falls between {start} and {end}, not on {date}.</source>
        <translation>وجبات مرحلة «{phase}» تقع بين {start} و{end}، لا في {date}.</translation>
    </message>
    <message>
        <source>A shift's assignments are copied to another shift, not to itself.</source>
        <translation>تُنسخ تنسيبات الوجبة إلى وجبة أخرى، لا إلى الوجبة نفسها.</translation>
    </message>
    <message>
        <source>A special-voting shift falls on the special voting day, {special}, not on {date}.</source>
        <translation>وجبة الاقتراع الخاص تكون في يوم الاقتراع الخاص {special}، لا في {date}.</translation>
    </message>
    <message>
        <source>A username may hold letters, digits, dots, dashes and underscores only.</source>
        <translation>اسم المستخدم يقتصر على الحروف والأرقام والنقاط والشرطات.</translation>
    </message>
    <message>
        <source>A username may hold only letters, digits, dots, dashes and underscores.</source>
        <translation>يقتصر اسم المستخدم على الحروف والأرقام والنقاط والشرطات (-) والشرطات السفلية (_).</translation>
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
        <source>A {level} cannot stand under a {parent}; choose another parent area.</source>
        <translation>لا يمكن أن تتبع المنطقة من مستوى {level} منطقةً من مستوى {parent}؛ اختر منطقة أعلى أخرى.</translation>
    </message>
    <message>
        <source>A {level} must stand under a {parent}.</source>
        <translation>يجب أن تتبع المنطقة من مستوى {level} منطقةً من مستوى {parent}.</translation>
    </message>
    <message>
        <source>A {level} stands at the top of the tree, under no other area.</source>
        <translation>المنطقة من مستوى {level} في أعلى الشجرة، ولا تتبع أي منطقة أخرى.</translation>
    </message>
    <message>
        <source>An area cannot be placed under itself or an area beneath it.</source>
        <translation>لا توضع منطقة تحت نفسها ولا تحت منطقة تتبعها.</translation>
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
        <source>Choose the directives to follow up.</source>
        <translation>اختر التوجيهات المراد متابعتها.</translation>
    </message>
    <message>
        <source>Choose the election whose assignment orders to print.</source>
        <translation>اختر الانتخابات التي تُطبع أوامر تنسيبها.</translation>
    </message>
    <message>
        <source>Choose the election whose roster to print.</source>
        <translation>اختر الانتخابات التي يُطبع جدول واجباتها.</translation>
    </message>
    <message>
        <source>Colouring by coverage needs a shift: choose the shift to measure.</source>
        <translation>التلوين حسب التغطية يحتاج إلى وجبة: اختر الوجبة التي تُقاس تغطيتها.</translation>
    </message>
    <message>
        <source>Directives are carried over to minutes still being written; the minutes of {date} are no draft.</source>
        <translation>تُرحَّل التوجيهات إلى محضر ما زال قيد الكتابة؛ ومحضر {date} ليس مسودة.</translation>
    </message>
    <message>
        <source>Ghurfa works with SQLite and PostgreSQL only, not {backend}.</source>
        <translation>يعمل برنامج غرفة العمليات مع SQLite وPostgreSQL فقط، لا مع {backend}.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>أدخل خط العرض وخط الطول معاً، أو اتركهما فارغين.</translation>
    </message>
    <message>
        <source>Give the address of the room's PostgreSQL server, for example {example}.</source>
        <translation>اكتب عنوان خادم PostgreSQL الخاص بالغرفة، مثل {example}.</translation>
    </message>
    <message>
        <source>Give the reason for cancelling the directive «{text}».</source>
        <translation>اذكر سبب إلغاء التوجيه «{text}».</translation>
    </message>
    <message>
        <source>Give the reason for reopening the directive «{text}».</source>
        <translation>اذكر سبب إعادة فتح التوجيه «{text}».</translation>
    </message>
    <message>
        <source>Give the tile server's address, the tile folder or the MBTiles file.</source>
        <translation>اذكر عنوان خادم البلاطات أو مجلد البلاطات أو ملف MBTiles.</translation>
    </message>
    <message>
        <source>Latitude and longitude must be numbers.</source>
        <translation>خط العرض وخط الطول يجب أن يكونا رقمين.</translation>
    </message>
    <message>
        <source>More than one area under the same parent is named «{name}»; correct the area tree first.</source>
        <translation>توجد أكثر من منطقة باسم «{name}» تحت المنطقة نفسها؛ صحّح شجرة المناطق أولاً.</translation>
    </message>
    <message>
        <source>More than one sector is named «{name}»; rename one of them first.</source>
        <translation>يوجد أكثر من قاطع باسم «{name}»؛ غيّر اسم أحدها أولاً.</translation>
    </message>
    <message>
        <source>No active user is named {username}.</source>
        <translation>لا يوجد مستخدم فعّال باسم {username}.</translation>
    </message>
    <message>
        <source>No database server answers at {server}: check the address and that the server is running.</source>
        <translation>لا يستجيب أي خادم قاعدة بيانات على العنوان {server}: تحقّق من العنوان ومن أن الخادم قيد التشغيل.</translation>
    </message>
    <message>
        <source>No directive has the number {id}.</source>
        <translation>لا يوجد توجيه بالرقم {id}.</translation>
    </message>
    <message>
        <source>No document number has the id {id}.</source>
        <translation>لا يوجد رقم كتاب بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>No election is recorded yet: the centres' risk, stations and voters belong to one. Add the election first, then import.</source>
        <translation>لا توجد انتخابات مسجّلة بعد، ودرجة خطورة المراكز ومحطاتها وناخبوها تخص انتخابات بعينها. أضف الانتخابات أولاً ثم استورد.</translation>
    </message>
    <message>
        <source>No header row was found in the first {count} rows of {file}: name the columns as the commission does (رقم المركز، اسم المركز…) or map them with COLUMN=FIELD.</source>
        <translation>لم يُعثر على صف العناوين في أول {count} صفوف من {file}: سمِّ الأعمدة كما تسميها المفوضية (رقم المركز، اسم المركز…) أو اربطها بالصيغة COLUMN=FIELD.</translation>
    </message>
    <message>
        <source>No issuing office has the id {id}.</source>
        <translation>لا توجد جهة إصدار بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>No organisation has the id {id}.</source>
        <translation>لا توجد جهة بالرقم {id}.</translation>
    </message>
    <message>
        <source>No single election is named {name}; the elections are: {elections}.</source>
        <translation>لا توجد انتخابات واحدة بالاسم {name}؛ الانتخابات المسجّلة: {elections}.</translation>
    </message>
    <message>
        <source>No {what} has the id {id}.</source>
        <translation>{what}: لا يوجد سجل بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>Nobody is on duty in {election}{scope}; there is no assignment order to print.</source>
        <translation>لا أحد في الواجب في {election}{scope}؛ فلا أمر تنسيب يُطبع.</translation>
    </message>
    <message>
        <source>Nothing could be written in the folder {folder}: {reason}</source>
        <translation>تعذّرت الكتابة في المجلد {folder}: {reason}</translation>
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
        <source>Only an administrator may change users.</source>
        <translation>تعديل المستخدمين من صلاحية مدير النظام فقط.</translation>
    </message>
    <message>
        <source>Only an administrator may manage users and the room's settings.</source>
        <translation>لا يدير المستخدمين وإعدادات الغرفة إلا مدير النظام.</translation>
    </message>
    <message>
        <source>Only the commander may publish or withdraw a duty roster, or set the rules of duty.</source>
        <translation>لا ينشر جدول الواجبات ولا يسحبه ولا يضع قواعد الواجب إلا القائد.</translation>
    </message>
    <message>
        <source>Say how the directive «{text}» was done: marking it done needs a closing note.</source>
        <translation>بيّن كيف أُنجز التوجيه «{text}»: عدّه منجزاً يحتاج إلى ملاحظة ختامية.</translation>
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
        <source>Service number {number} would be held twice in {force}: by {name} and by {other}.</source>
        <translation>سيتكرر الرقم الإحصائي {number} في {force}: لدى {name} ولدى {other}.</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it; reload it and try again.</source>
        <translation>عدّل مستخدم آخر هذا السجل أثناء تحريرك له؛ أعد تحميله وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Special voting must come on or before polling day.</source>
        <translation>يجب أن يكون الاقتراع الخاص في يوم الاقتراع أو قبله.</translation>
    </message>
    <message>
        <source>The MBTiles file {path} does not exist.</source>
        <translation>ملف MBTiles ‏{path} غير موجود.</translation>
    </message>
    <message>
        <source>The MBTiles file {path} holds {format} tiles; the map draws image tiles (png, jpg or webp) only.</source>
        <translation>ملف MBTiles ‏{path} يحوي بلاطات {format}؛ والخريطة ترسم بلاطات الصور فقط (png أو jpg أو webp).</translation>
    </message>
    <message>
        <source>The assignment of {name} at {place} in the shift {shift} is pinned; unpin it to move it.</source>
        <translation>تنسيب {name} في {place} في الوجبة «{shift}» مثبَّت؛ ألغِ تثبيته لتنقله.</translation>
    </message>
    <message>
        <source>The assignment of {name} at {place} in the shift {shift} is pinned; unpin it to take it off.</source>
        <translation>تنسيب {name} في {place} في الوجبة «{shift}» مثبَّت؛ ألغِ تثبيته لترفعه.</translation>
    </message>
    <message>
        <source>The boundary file could not be copied into {folder}: {reason}</source>
        <translation>تعذّر نسخ ملف الحدود إلى {folder}: {reason}</translation>
    </message>
    <message>
        <source>The boundary file {path} does not exist or cannot be read.</source>
        <translation>ملف الحدود {path} غير موجود أو لا تمكن قراءته.</translation>
    </message>
    <message>
        <source>The boundary file {path} is {size} MB; the map takes files of up to {limit} MB (simplify the outlines first).</source>
        <translation>حجم ملف الحدود {path} هو {size} ميغابايت؛ والخريطة تقبل ملفات حتى {limit} ميغابايت (بسّط الحدود أولاً).</translation>
    </message>
    <message>
        <source>The code {code} is already used by another area.</source>
        <translation>الرمز {code} مستخدم لمنطقة أخرى.</translation>
    </message>
    <message>
        <source>The code {code} is on rows {rows} of the sheet; a centre is listed once.</source>
        <translation>الرمز {code} مكرر في الصفوف {rows} من الورقة، والمركز يُذكر مرة واحدة.</translation>
    </message>
    <message>
        <source>The code {value} was stored as a number with a fraction; write the codes as text in the sheet.</source>
        <translation>خُزّن الرمز {value} رقماً بكسر عشري؛ اكتب الرموز في الورقة نصاً.</translation>
    </message>
    <message>
        <source>The connection to the database {name} was lost. Check the network and the server, then try again.</source>
        <translation>انقطع الاتصال بقاعدة البيانات {name}. تحقّق من الشبكة ومن الخادم، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The connection to the database {name} was lost; nothing was saved. Check the network and the server, then try again.</source>
        <translation>انقطع الاتصال بقاعدة البيانات {name}، ولم يُحفظ شيء. تحقّق من الشبكة ومن الخادم، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The coordinates {lat}, {lon} are not on the map.</source>
        <translation>الإحداثيات {lat}، {lon} خارج حدود الخريطة.</translation>
    </message>
    <message>
        <source>The database address {url} has an option that cannot be read; correct it or remove it.</source>
        <translation>يتضمن عنوان قاعدة البيانات {url} خياراً تتعذّر قراءته؛ صحّحه أو احذفه.</translation>
    </message>
    <message>
        <source>The database driver {driver} is not installed.</source>
        <translation>برنامج تشغيل قاعدة البيانات {driver} غير مثبّت.</translation>
    </message>
    <message>
        <source>The database file {file} cannot be opened: check that its folder exists and may be written.</source>
        <translation>تعذّر فتح ملف قاعدة البيانات {file}: تحقّق من وجود المجلد الذي يحويه ومن صلاحية الكتابة فيه.</translation>
    </message>
    <message>
        <source>The database file {file} could not be written and may be damaged; nothing was saved. Run ghurfa check.</source>
        <translation>تعذّرت الكتابة في ملف قاعدة البيانات {file}، وقد يكون تالفاً؛ ولم يُحفظ شيء. نفّذ ghurfa check.</translation>
    </message>
    <message>
        <source>The database file {file} is busy: another workstation or program is writing to it. Try again in a moment.</source>
        <translation>ملف قاعدة البيانات {file} مشغول: تكتب فيه محطة عمل أخرى أو برنامج آخر. أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>The database file {file} is damaged; restore a saved copy of it.</source>
        <translation>ملف قاعدة البيانات {file} تالف؛ استرجع نسخة محفوظة منه.</translation>
    </message>
    <message>
        <source>The database file {file} may only be read: the file or its folder is read-only. Nothing was saved.</source>
        <translation>ملف قاعدة البيانات {file} للقراءة فقط: الملف أو المجلد الذي يحويه لا يقبل الكتابة. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The database file {file} may only be read; Ghurfa must be able to write to it and to its folder.</source>
        <translation>ملف قاعدة البيانات {file} للقراءة فقط؛ ويجب أن يتمكّن البرنامج من الكتابة فيه وفي المجلد الذي يحويه.</translation>
    </message>
    <message>
        <source>The database holds records that break a new rule ({rule}): {rows}. Correct them with the version of Ghurfa that saved them, then start it again.</source>
        <translation>في قاعدة البيانات سجلات تخالف قاعدة جديدة ({rule}): {rows}. صحّحها بإصدار البرنامج الذي حفظها، ثم شغّله من جديد.</translation>
    </message>
    <message>
        <source>The database is busy: another workstation or program is writing to it; nothing was saved. Try again in a moment.</source>
        <translation>قاعدة البيانات مشغولة: تكتب فيها محطة عمل أخرى أو برنامج آخر، ولم يُحفظ شيء. أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>The database refused the change: {reason}</source>
        <translation>رفضت قاعدة البيانات التغيير: {reason}</translation>
    </message>
    <message>
        <source>The database {name} cannot be reached: {reason}</source>
        <translation>تعذّر الوصول إلى قاعدة البيانات {name}: {reason}</translation>
    </message>
    <message>
        <source>The database {name} refused the change, and nothing was saved: {reason}</source>
        <translation>رفضت قاعدة البيانات {name} التغيير، ولم يُحفظ شيء: {reason}</translation>
    </message>
    <message>
        <source>The database {name} was brought up to a newer version (revision {revision}) by a newer Ghurfa; this version cannot open it. Open it with that Ghurfa or a later one.</source>
        <translation>رُقّيت قاعدة البيانات {name} إلى إصدار أحدث (المراجعة {revision}) بإصدار أحدث من البرنامج، ولا يستطيع هذا الإصدار فتحها. افتحها بذلك الإصدار من البرنامج أو بإصدار أحدث منه.</translation>
    </message>
    <message>
        <source>The demo data of the source texts is already in this database; nothing was added.</source>
        <translation>البيانات التجريبية المأخوذة من النصوص المصدرية موجودة في قاعدة البيانات هذه مسبقاً؛ لم يُضف شيء.</translation>
    </message>
    <message>
        <source>The detachment {detachment} belongs to {organisation}, not to {responsible}, which holds the sector {sector}.</source>
        <translation>المفرزة {detachment} تابعة إلى {organisation}، لا إلى {responsible} المسؤول عن {sector}.</translation>
    </message>
    <message>
        <source>The detachment {detachment} cannot be assigned while some of its crew are no longer active: {names}.</source>
        <translation>لا يمكن تنسيب المفرزة {detachment} وبين أفرادها من لم يعد فعّالاً: {names}.</translation>
    </message>
    <message>
        <source>The detachment {detachment} is already assigned to {place} in the shift {shift} of {date}, which overlaps this one.</source>
        <translation>المفرزة {detachment} منسّبة مسبقاً إلى {place} في الوجبة «{shift}» من يوم {date}، وهي تتداخل مع هذه الوجبة.</translation>
    </message>
    <message>
        <source>The detachment {detachment} is already assigned to {place} in the shift {shift}.</source>
        <translation>المفرزة {detachment} منسّبة مسبقاً إلى {place} في الوجبة «{shift}».</translation>
    </message>
    <message>
        <source>The detachment {detachment} is on duty at {place} in the shift {shift} of {date}, which begins {gap} after this one ends; the least rest between shifts is {rest}.</source>
        <translation>المفرزة {detachment} في الواجب في {place} في الوجبة «{shift}» من يوم {date}، وهي تبدأ بعد {gap} من انتهاء هذه الوجبة؛ وأقل استراحة بين وجبتين هي {rest}.</translation>
    </message>
    <message>
        <source>The detachment {detachment} is on duty at {place} in the shift {shift} of {date}, which ends {gap} before this one begins; the least rest between shifts is {rest}.</source>
        <translation>المفرزة {detachment} في الواجب في {place} في الوجبة «{shift}» من يوم {date}، وهي تنتهي قبل {gap} من بدء هذه الوجبة؛ وأقل استراحة بين وجبتين هي {rest}.</translation>
    </message>
    <message>
        <source>The directive «{text}» cannot go from {old} to {new}.</source>
        <translation>لا يمكن نقل التوجيه «{text}» من حالة «{old}» إلى حالة «{new}».</translation>
    </message>
    <message>
        <source>The directive «{text}» is cancelled; reopen it, with the reason, before recording anything on it.</source>
        <translation>التوجيه «{text}» ملغى؛ أعد فتحه مع ذكر السبب قبل تدوين أي شيء عليه.</translation>
    </message>
    <message>
        <source>The directive «{text}» is done; reopen it before cancelling it.</source>
        <translation>التوجيه «{text}» منجز؛ أعد فتحه قبل إلغائه.</translation>
    </message>
    <message>
        <source>The directive «{text}» is no longer open; only an open directive is carried over.</source>
        <translation>التوجيه «{text}» لم يعد مفتوحاً؛ لا يُرحَّل إلا التوجيه المفتوح.</translation>
    </message>
    <message>
        <source>The directive «{text}» is on the agenda of the minutes of {date} already.</source>
        <translation>التوجيه «{text}» مدرج أصلاً في جدول أعمال محضر {date}.</translation>
    </message>
    <message>
        <source>The directive «{text}» is {status} already; write a note, or choose another status.</source>
        <translation>التوجيه «{text}» في حالة «{status}» أصلاً؛ اكتب ملاحظة أو اختر حالة أخرى.</translation>
    </message>
    <message>
        <source>The directive «{text}» was changed on another workstation since you read it; read it again before recording its follow-up.</source>
        <translation>عُدّل التوجيه «{text}» في محطة عمل أخرى منذ أن قرأته؛ اقرأه مجدداً قبل تدوين متابعته.</translation>
    </message>
    <message>
        <source>The disk that holds the database is full; nothing was saved. Free some space, then try again.</source>
        <translation>القرص الذي يحوي قاعدة البيانات ممتلئ، ولم يُحفظ شيء. أفرغ بعض المساحة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The disk that holds the folder {folder} is full; nothing was written.</source>
        <translation>القرص الذي يضم المجلد {folder} ممتلئ؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The election {election} has no shift {shift}; its shifts are: {shifts}.</source>
        <translation>ليس للانتخابات «{election}» وجبة رقمها {shift}؛ وجباتها: {shifts}.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read as CSV at line {line}: {reason}</source>
        <translation>تعذّرت قراءة الملف {file} بصيغة CSV عند السطر {line}: {reason}</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>تعذّرت قراءة الملف {file}: {reason}</translation>
    </message>
    <message>
        <source>The file {file} has {count} columns; a centres list has far fewer (at most {limit}).</source>
        <translation>في الملف {file} ‏{count} عموداً، وقائمة المراكز أقل من ذلك بكثير (الحد {limit}).</translation>
    </message>
    <message>
        <source>The file {file} has {count} rows; at most {limit} are imported at once. Split it into several files.</source>
        <translation>في الملف {file} ‏{count} صفاً، ولا يُستورد أكثر من {limit} صف دفعة واحدة. قسّمه إلى عدة ملفات.</translation>
    </message>
    <message>
        <source>The file {file} holds XML that Excel never writes (a document type declaration). It is refused for safety.</source>
        <translation>يحتوي الملف {file} على XML لا يكتبه برنامج Excel أبداً (تعريف نوع مستند)؛ رُفض حفاظاً على السلامة.</translation>
    </message>
    <message>
        <source>The file {file} holds no data.</source>
        <translation>لا يحتوي الملف {file} على أي بيانات.</translation>
    </message>
    <message>
        <source>The file {file} holds {count} parts; a workbook holds far fewer (at most {limit}). It is refused for safety.</source>
        <translation>يضم الملف {file} ‏{count} جزءاً، ومصنف Excel يضم أقل من ذلك بكثير (الحد {limit})؛ رُفض حفاظاً على السلامة.</translation>
    </message>
    <message>
        <source>The file {file} is a web page or an XML document saved with a workbook's name, not a workbook. Open it in Excel and save it as an Excel workbook (.xlsx), then import that.</source>
        <translation>الملف {file} صفحة ويب أو مستند XML حُفظ باسم مصنف، وليس مصنف Excel. افتحه في Excel واحفظه بصيغة مصنف Excel ‏(.xlsx) ثم استورده.</translation>
    </message>
    <message>
        <source>The file {file} is an Excel binary workbook (.xlsb). Open it in Excel and save it as an Excel workbook (.xlsx), then import that.</source>
        <translation>الملف {file} مصنف Excel ثنائي (.xlsb). افتحه في Excel واحفظه بصيغة مصنف Excel ‏(.xlsx) ثم استورده.</translation>
    </message>
    <message>
        <source>The file {file} is an OpenDocument spreadsheet (.ods). Save it as an Excel workbook (.xlsx), then import that.</source>
        <translation>الملف {file} جدول بصيغة OpenDocument ‏(.ods). احفظه بصيغة مصنف Excel ‏(.xlsx) ثم استورده.</translation>
    </message>
    <message>
        <source>The file {file} is an old Excel 97-2003 workbook (.xls). Open it in Excel and save it as an Excel workbook (.xlsx), then import that.</source>
        <translation>الملف {file} مصنف Excel قديم بصيغة 97-2003 ‏(.xls). افتحه في Excel واحفظه بصيغة مصنف Excel ‏(.xlsx) ثم استورده.</translation>
    </message>
    <message>
        <source>The file {file} is damaged: it cannot be read as a workbook.</source>
        <translation>الملف {file} تالف ولا يمكن قراءته مصنفاً.</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>الملف {file} فارغ.</translation>
    </message>
    <message>
        <source>The file {file} is not a Ghurfa database, or it is damaged or encrypted.</source>
        <translation>الملف {file} ليس قاعدة بيانات لبرنامج غرفة العمليات، أو أنه تالف أو مشفّر.</translation>
    </message>
    <message>
        <source>The file {file} is not an Excel workbook (.xlsx) nor a CSV text file.</source>
        <translation>الملف {file} ليس مصنف Excel ‏(.xlsx) ولا ملفاً نصياً بصيغة CSV.</translation>
    </message>
    <message>
        <source>The file {file} is {size} MB; a centres list is far smaller (at most {limit} MB).</source>
        <translation>حجم الملف {file} ‏{size} ميغابايت، وقائمة المراكز أصغر من ذلك بكثير (الحد {limit} ميغابايت).</translation>
    </message>
    <message>
        <source>The file {file} would inflate to far more than a workbook holds (a zip bomb, or a damaged file). It is refused for safety.</source>
        <translation>يتضخم الملف {file} عند فكّه إلى أكبر بكثير مما يحمله أي مصنف (قنبلة ضغط أو ملف تالف)؛ رُفض حفاظاً على السلامة.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it first or choose another folder.</source>
        <translation>المجلد {folder} غير موجود؛ أنشئه أولاً أو اختر مجلداً آخر.</translation>
    </message>
    <message>
        <source>The folder {folder} is on a disk that cannot be written to; nothing was written.</source>
        <translation>المجلد {folder} على قرص لا تمكن الكتابة عليه؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The folder {path} holds no map tiles: tiles are image files in folders named zoom/column/row.png.</source>
        <translation>المجلد {path} لا يحوي بلاطات خرائط: البلاطات ملفات صور في مجلدات مسمّاة بالصيغة zoom/column/row.png.</translation>
    </message>
    <message>
        <source>The header row (row {row}) has no column for {field}; its columns are: {headers}. Map one with COLUMN=FIELD.</source>
        <translation>لا يوجد في صف العناوين (الصف {row}) عمود لـ{field}؛ أعمدته: {headers}. اربط أحدها بالصيغة COLUMN=FIELD.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>أُلغي الاستيراد ولم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The operator's role is kept for the accounts that have it; give one of the other roles.</source>
        <translation>دور عامل الغرفة باقٍ للحسابات التي تحمله فقط؛ اختر دوراً من الأدوار الأخرى.</translation>
    </message>
    <message>
        <source>The outcome «{text}» has follow-up notes and cannot be removed; set its status to Done or Cancelled instead.</source>
        <translation>للمخرَج «{text}» ملاحظات متابعة فلا يمكن حذفه؛ غيّر حالته إلى «منجز» أو «ملغى» بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>The outcome «{text}» is carried on in the minutes of {date} and cannot be removed here; remove it there first.</source>
        <translation>المخرَج «{text}» مُرحَّل إلى محضر {date} فلا يمكن حذفه هنا؛ احذفه من ذلك المحضر أولاً.</translation>
    </message>
    <message>
        <source>The phase after polling must start on or after the polling date, {date}; it starts on {start}.</source>
        <translation>يجب أن تبدأ مرحلة ما بعد الاقتراع في تاريخ الاقتراع {date} أو بعده، وهي تبدأ في {start}.</translation>
    </message>
    <message>
        <source>The phase before polling must end on or before the polling date, {date}; it ends on {end}.</source>
        <translation>يجب أن تنتهي مرحلة ما قبل الاقتراع في تاريخ الاقتراع {date} أو قبله، وهي تنتهي في {end}.</translation>
    </message>
    <message>
        <source>The phase cannot run from {start} to {end}: its shift {shift} of {date} would fall outside it; move the shift first.</source>
        <translation>لا يمكن أن تمتد المرحلة من {start} إلى {end}، إذ ستقع وجبتها {shift} في {date} خارجها؛ انقل الوجبة أولاً.</translation>
    </message>
    <message>
        <source>The polling-day phase, {start} to {end}, must include the polling date, {date}.</source>
        <translation>يجب أن تشمل مرحلة يوم الاقتراع، من {start} إلى {end}، تاريخ الاقتراع {date}.</translation>
    </message>
    <message>
        <source>The rank {name} is already in the list.</source>
        <translation>الرتبة {name} موجودة في القائمة.</translation>
    </message>
    <message>
        <source>The rejected rows are written as an Excel workbook: name a file ending in .xlsx, not {path}.</source>
        <translation>تُكتب الصفوف المرفوضة في مصنف Excel: سمِّ ملفاً ينتهي بـ‎.xlsx، لا {path}.</translation>
    </message>
    <message>
        <source>The roster is grouped by centre or by unit, not {value}.</source>
        <translation>يُجمع جدول الواجبات حسب المركز أو حسب الوحدة، لا {value}.</translation>
    </message>
    <message>
        <source>The roster of the shift {shift} of {date} cannot be published while {count} of its assignments break a rule; the first: {first}</source>
        <translation>لا يُنشر جدول واجبات الوجبة «{shift}» من يوم {date} ما دام {count} من تنسيباته يخالف قاعدة؛ أولها: {first}</translation>
    </message>
    <message>
        <source>The roster of the shift {shift} of {date} changed since you reviewed it: {added} added, {removed} taken off, {changed} changed. Review it again before publishing it.</source>
        <translation>تغيّر جدول واجبات الوجبة «{shift}» من يوم {date} منذ راجعته: أُضيف {added}، ورُفع {removed}، وعُدّل {changed}. راجعه ثانيةً قبل نشره.</translation>
    </message>
    <message>
        <source>The roster of the shift {shift} of {date} is a draft; only a published roster can be withdrawn.</source>
        <translation>جدول واجبات الوجبة «{shift}» من يوم {date} مسودة؛ لا يُسحب إلا جدول منشور.</translation>
    </message>
    <message>
        <source>The roster of the shift {shift} of {date} is published already.</source>
        <translation>جدول واجبات الوجبة «{shift}» من يوم {date} منشور من قبل.</translation>
    </message>
    <message>
        <source>The roster of the shift {shift} of {date} is published: this change is an amendment, recorded, and its documents are to be printed again.</source>
        <translation>جدول واجبات الوجبة «{shift}» من يوم {date} منشور: هذا التغيير تعديل يُسجَّل، وتُطبع وثائقه من جديد.</translation>
    </message>
    <message>
        <source>The roster of the shift {shift} of {date} is published; a change to it is an amendment, and must be confirmed as one.</source>
        <translation>جدول واجبات الوجبة «{shift}» من يوم {date} منشور؛ وكل تغيير فيه تعديل يجب تأكيده على أنه تعديل.</translation>
    </message>
    <message>
        <source>The same area is listed twice.</source>
        <translation>المنطقة نفسها مذكورة مرتين.</translation>
    </message>
    <message>
        <source>The same person is listed twice in the detachment.</source>
        <translation>المنتسب نفسه مذكور مرتين في المفرزة.</translation>
    </message>
    <message>
        <source>The screen locks after {least} to {most} minutes without use.</source>
        <translation>تُقفل الشاشة بعد مدة بين {least} و{most} دقيقة دون استعمال.</translation>
    </message>
    <message>
        <source>The sector «{name}» is not one of the room's sectors; add it to the sectors first (the sectors are the police's, not the commission's), or correct the sheet.</source>
        <translation>القاطع «{name}» ليس من قواطع الغرفة؛ أضفه إلى القواطع أولاً (القواطع تحددها الشرطة لا المفوضية) أو صحّح الورقة.</translation>
    </message>
    <message>
        <source>The server name {host} cannot be found; check the address.</source>
        <translation>تعذّر العثور على الخادم المسمّى {host}؛ تحقّق من العنوان.</translation>
    </message>
    <message>
        <source>The server {server} did not answer within {seconds} seconds.</source>
        <translation>لم يستجب الخادم {server} خلال {seconds} ثانية.</translation>
    </message>
    <message>
        <source>The server {server} does not admit this workstation or the user {user}; its administrator must allow them.</source>
        <translation>لا يسمح الخادم {server} بالاتصال من محطة العمل هذه أو للمستخدم {user}؛ وعلى مسؤول الخادم أن يأذن بذلك.</translation>
    </message>
    <message>
        <source>The server {server} holds no database named {database}.</source>
        <translation>لا توجد على الخادم {server} قاعدة بيانات باسم {database}.</translation>
    </message>
    <message>
        <source>The server {server} knows no user named {user}.</source>
        <translation>لا يوجد على الخادم {server} مستخدم باسم {user}.</translation>
    </message>
    <message>
        <source>The server {server} refused the user {user}: the password is wrong or missing.</source>
        <translation>رفض الخادم {server} دخول المستخدم {user}: كلمة المرور خاطئة أو غير مُدخلة.</translation>
    </message>
    <message>
        <source>The setting database_url in {file} is not a database address; correct the file or remove the setting.</source>
        <translation>الإعداد database_url في {file} ليس عنوان قاعدة بيانات؛ صحّح الملف أو احذف هذا الإعداد.</translation>
    </message>
    <message>
        <source>The settings file {file} cannot be read, so the map's settings were not saved; correct the file or remove it.</source>
        <translation>تعذّرت قراءة ملف الإعدادات {file}، فلم تُحفظ إعدادات الخريطة؛ صحّح الملف أو احذفه.</translation>
    </message>
    <message>
        <source>The settings file {file} cannot be read. Ghurfa will not guess which database to open; check that the file may be read, or remove it.</source>
        <translation>تعذّرت قراءة ملف الإعدادات {file}. لن يخمّن البرنامج قاعدة البيانات التي يفتحها؛ تحقّق من صلاحية قراءة الملف، أو احذفه.</translation>
    </message>
    <message>
        <source>The settings file {file} cannot be read: its text is broken at line {line}, column {column}. Ghurfa will not guess which database to open; correct the file or remove it.</source>
        <translation>تعذّرت قراءة ملف الإعدادات {file}: في نصّه خلل عند السطر {line}، العمود {column}. لن يخمّن البرنامج قاعدة البيانات التي يفتحها؛ صحّح الملف أو احذفه.</translation>
    </message>
    <message>
        <source>The settings file {file} does not hold settings (a JSON object). Ghurfa will not guess which database to open; correct the file or remove it.</source>
        <translation>لا يحوي ملف الإعدادات {file} إعدادات (كائن JSON). لن يخمّن البرنامج قاعدة البيانات التي يفتحها؛ صحّح الملف أو احذفه.</translation>
    </message>
    <message>
        <source>The shift {shift} is not of the election {election}; choose a shift of that election.</source>
        <translation>الوجبة {shift} ليست من الانتخابات {election}؛ اختر وجبة من تلك الانتخابات.</translation>
    </message>
    <message>
        <source>The special-voting phase, {start} to {end}, must include the special voting date, {date}.</source>
        <translation>يجب أن تشمل مرحلة الاقتراع الخاص، من {start} إلى {end}، تاريخ الاقتراع الخاص {date}.</translation>
    </message>
    <message>
        <source>The tile folder {path} does not exist or is not a folder.</source>
        <translation>مجلد البلاطات {path} غير موجود أو ليس مجلداً.</translation>
    </message>
    <message>
        <source>The tile server's address holds {{{field}}}, which is not a part of a tile's address.</source>
        <translation>عنوان خادم البلاطات يحوي {{{field}}}، وهو ليس جزءاً من عنوان البلاطة.</translation>
    </message>
    <message>
        <source>The tile server's address must begin with http:// or https:// and name the server: {url}</source>
        <translation>يجب أن يبدأ عنوان خادم البلاطات بـ http://‎ أو https://‎ وأن يسمّي الخادم: {url}</translation>
    </message>
    <message>
        <source>The tile server's address must hold {{z}}, {{x}} and {{y}} where the zoom and the tile's column and row go, for example http://tiles.room.local/{{z}}/{{x}}/{{y}}.png: {url}</source>
        <translation>يجب أن يحوي عنوان خادم البلاطات {{z}} و{{x}} و{{y}} في مواضع مستوى التكبير وعمود البلاطة وصفّها، مثل http://tiles.room.local/{{z}}/{{x}}/{{y}}.png: ‏{url}</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>The username {username} is taken.</source>
        <translation>اسم المستخدم {username} محجوز.</translation>
    </message>
    <message>
        <source>The workbook {file} cannot be read: it is damaged or not a workbook ({reason}).</source>
        <translation>تعذّرت قراءة المصنف {file}: إنه تالف أو ليس مصنفاً ({reason}).</translation>
    </message>
    <message>
        <source>The workbook {file} has no visible worksheet.</source>
        <translation>لا توجد في المصنف {file} ورقة عمل ظاهرة.</translation>
    </message>
    <message>
        <source>The workbook {file} is protected with a password. Open it in Excel, remove the password (File, Info, Protect Workbook, Encrypt with Password), save it, and import it again.</source>
        <translation>المصنف {file} محمي بكلمة مرور. افتحه في Excel وأزل كلمة المرور (ملف، معلومات، حماية المصنف، تشفير باستخدام كلمة مرور) ثم احفظه واستورده من جديد.</translation>
    </message>
    <message>
        <source>There is already a shift called {label} on {date}.</source>
        <translation>توجد وجبة باسم {label} في {date}.</translation>
    </message>
    <message>
        <source>There is no database at {file}.</source>
        <translation>لا توجد قاعدة بيانات في {file}.</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>لا يوجد ملف باسم {file}.</translation>
    </message>
    <message>
        <source>This account is deactivated; an administrator can let it sign in again.</source>
        <translation>هذا الحساب معطَّل؛ يستطيع مدير النظام أن يعيد إليه الدخول.</translation>
    </message>
    <message>
        <source>This database has users already: sign in instead.</source>
        <translation>في قاعدة البيانات هذه مستخدمون من قبل: سجّل الدخول بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>This draft cannot be deleted: its outcome «{text}» has follow-up notes.</source>
        <translation>لا يمكن حذف هذه المسودة: للمخرَج «{text}» فيها ملاحظات متابعة.</translation>
    </message>
    <message>
        <source>This draft is followed by the minutes of {date}, which carry on from it; delete those first, or keep this draft.</source>
        <translation>يلي هذه المسودةَ محضرُ {date}، وهو مبنيّ عليها أو مرحَّلة إليه توجيهاتها؛ احذف ذلك المحضر أولاً، أو أبقِ هذه المسودة.</translation>
    </message>
    <message>
        <source>This election has no special voting date; record one before its special-voting phase.</source>
        <translation>لم يُحدَّد لهذه الانتخابات تاريخ للتصويت الخاص؛ سجّله قبل تحديد مرحلة الاقتراع الخاص.</translation>
    </message>
    <message>
        <source>This election has no special voting day; record it, or the phase, before its shifts.</source>
        <translation>لم يُحدَّد لهذه الانتخابات يوم للاقتراع الخاص؛ سجّله، أو سجّل مرحلته، قبل إضافة وجباته.</translation>
    </message>
    <message>
        <source>This password is among the commonest ones, which are tried first: choose another (a few words you will remember make a good one).</source>
        <translation>كلمة المرور هذه من أكثر كلمات المرور شيوعاً، وهي أول ما يُجرَّب: اختر غيرها (بضع كلمات تتذكرها تصنع كلمة مرور جيدة).</translation>
    </message>
    <message>
        <source>This proposed assignment can no longer be made as proposed; propose again.</source>
        <translation>لم يعد هذا التنسيب المقترح ممكناً كما اقتُرح؛ اطلب مقترحاً جديداً.</translation>
    </message>
    <message>
        <source>This record clashes with one saved meanwhile. Reload and check before saving again.</source>
        <translation>يتعارض هذا السجل مع سجل حُفظ في الأثناء. أعد التحميل وتحقق قبل الحفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>This record clashes with one saved meanwhile: the same {what} is already recorded. Reload and check before saving again.</source>
        <translation>يتعارض هذا السجل مع سجل حُفظ في الأثناء: {what} نفسه مسجّل مسبقاً. أعد التحميل وتحقق قبل الحفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>This record names another that does not exist or was removed meanwhile, or is still named by other records and cannot be removed.</source>
        <translation>يشير هذا السجل إلى سجل غير موجود أو حُذف في الأثناء، أو أن سجلات أخرى ما زالت تشير إليه فلا يمكن حذفه.</translation>
    </message>
    <message>
        <source>This record was changed by someone else since you opened it; reopen it and make your change again.</source>
        <translation>عدّل مستخدم آخر هذا السجل بعد أن فتحته؛ أعد فتحه ثم أجرِ تعديلك مرة أخرى.</translation>
    </message>
    <message>
        <source>Vehicle {plate} cannot go out; its status is {status}.</source>
        <translation>لا يمكن إخراج العجلة {plate}؛ فحالتها: {status}.</translation>
    </message>
    <message>
        <source>Vehicle {plate} is already assigned to {place} in the shift {shift} of {date}, which overlaps this one.</source>
        <translation>العجلة {plate} منسّبة مسبقاً إلى {place} في الوجبة «{shift}» من يوم {date}، وهي تتداخل مع هذه الوجبة.</translation>
    </message>
    <message>
        <source>Vehicle {plate} is already assigned to {place} in the shift {shift}.</source>
        <translation>العجلة {plate} منسّبة مسبقاً إلى {place} في الوجبة «{shift}».</translation>
    </message>
    <message>
        <source>Vehicle {plate} is not in service.</source>
        <translation>العجلة {plate} خارج الخدمة.</translation>
    </message>
    <message>
        <source>Write the note to record on the directive «{text}».</source>
        <translation>اكتب الملاحظة المراد تدوينها على التوجيه «{text}».</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account; another administrator can.</source>
        <translation>لا يمكنك تعطيل حسابك أنت؛ يستطيع ذلك مدير آخر.</translation>
    </message>
    <message>
        <source>You have no permission to read the file {file}.</source>
        <translation>لا تملك صلاحية قراءة الملف {file}.</translation>
    </message>
    <message>
        <source>You have no permission to write in the folder {folder}.</source>
        <translation>لا تملك صلاحية الكتابة في المجلد {folder}.</translation>
    </message>
    <message>
        <source>Your role may not change the registry of people and organisations.</source>
        <translation>لا يسمح دورك بتعديل سجل الأشخاص والجهات.</translation>
    </message>
    <message>
        <source>Your role may not follow up directives; the commander, the staff officer and the operator record their follow-up.</source>
        <translation>لا يخوّلك دورك متابعة التوجيهات؛ يدوّن متابعتها القائد وضابط الركن ومشغّل الغرفة.</translation>
    </message>
    <message>
        <source>Your role may not issue or void document numbers.</source>
        <translation>لا يسمح دورك بإصدار أرقام الكتب أو إلغائها.</translation>
    </message>
    <message>
        <source>Your role may not plan the deployment: elections, centres and posts, shifts, detachments, vehicles and assignments.</source>
        <translation>لا يسمح دورك بتخطيط الانتشار: الانتخابات والمراكز والنقاط والوجبات والمفارز والعجلات والتنسيبات.</translation>
    </message>
    <message>
        <source>{centre} already has a commander in the shift {shift}: {name}.</source>
        <translation>للمركز {centre} آمر مسبقاً في الوجبة «{shift}»: {name}.</translation>
    </message>
    <message>
        <source>{child} stands under this area, and a {child_level} cannot stand under a {level}.</source>
        <translation>«{child}» تتبع هذه المنطقة، ولا يمكن أن تتبع المنطقة من مستوى {child_level} منطقةً من مستوى {level}.</translation>
    </message>
    <message>
        <source>{field} holds a broken character that cannot be saved; type that part again instead of pasting it.</source>
        <translation>يحتوي حقل {field} على حرف تالف لا يمكن حفظه؛ اكتب ذلك الجزء من جديد بدلاً من لصقه.</translation>
    </message>
    <message>
        <source>{field} is not a field of a centre; choose one of: {allowed}.</source>
        <translation>{field} ليس من حقول المركز؛ اختر واحداً من: {allowed}.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>حقل {field} مطلوب.</translation>
    </message>
    <message>
        <source>{field} is too large: at most {limit}.</source>
        <translation>{field} أكبر من المسموح: الحد الأعلى {limit}.</translation>
    </message>
    <message>
        <source>{field} is too long: {length} characters, at most {limit}.</source>
        <translation>{field} أطول من المسموح: {length} حرفاً، والحد الأعلى {limit}.</translation>
    </message>
    <message>
        <source>{field} must be a code, not {value}.</source>
        <translation>يجب أن يكون {field} رمزاً، لا {value}.</translation>
    </message>
    <message>
        <source>{field} must be a date and time, not {value}.</source>
        <translation>يجب أن تكون قيمة {field} تاريخاً ووقتاً، لا {value}.</translation>
    </message>
    <message>
        <source>{field} must be a date, not {value}.</source>
        <translation>يجب أن يكون {field} تاريخاً، لا {value}.</translation>
    </message>
    <message>
        <source>{field} must be a local date and time without a time zone.</source>
        <translation>يجب أن تكون قيمة {field} تاريخاً ووقتاً بالتوقيت المحلي، دون منطقة زمنية.</translation>
    </message>
    <message>
        <source>{field} must be a local time without a time zone.</source>
        <translation>يجب أن تكون قيمة {field} وقتاً بالتوقيت المحلي، دون منطقة زمنية.</translation>
    </message>
    <message>
        <source>{field} must be a number, not {value}.</source>
        <translation>يجب أن تكون قيمة {field} رقماً، لا {value}.</translation>
    </message>
    <message>
        <source>{field} must be a time of day, not {value}.</source>
        <translation>يجب أن تكون قيمة {field} وقتاً من اليوم، لا {value}.</translation>
    </message>
    <message>
        <source>{field} must be a whole number of minutes.</source>
        <translation>يجب أن يكون {field} عدداً صحيحاً من الدقائق.</translation>
    </message>
    <message>
        <source>{field} must be a whole number, 1 or more.</source>
        <translation>يجب أن تكون قيمة {field} عدداً صحيحاً، واحداً أو أكثر.</translation>
    </message>
    <message>
        <source>{field} must be a whole number, not {value}.</source>
        <translation>يجب أن تكون قيمة {field} عدداً صحيحاً، لا {value}.</translation>
    </message>
    <message>
        <source>{field} must be a whole number, zero or more.</source>
        <translation>{field} يجب أن يكون عدداً صحيحاً، صفراً أو أكثر.</translation>
    </message>
    <message>
        <source>{field} must be between 0 and {limit} hours.</source>
        <translation>يجب أن يكون {field} بين 0 و{limit} ساعة.</translation>
    </message>
    <message>
        <source>{field} must be text, not {value}.</source>
        <translation>يجب أن تكون قيمة {field} نصاً، لا {value}.</translation>
    </message>
    <message>
        <source>{field} must be yes or no, not {value}.</source>
        <translation>يجب أن تكون قيمة {field} نعم أو لا؛ القيمة «{value}» غير مقبولة.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} مجلد وليس ملفاً.</translation>
    </message>
    <message>
        <source>{item} is not a mapping; write COLUMN=FIELD, for example "رقم المركز=code".</source>
        <translation>{item} ليس ربطاً صحيحاً؛ اكتب COLUMN=FIELD، مثلاً "رقم المركز=code".</translation>
    </message>
    <message>
        <source>{name} attends as a representative; name the body represented.</source>
        <translation>{name} يحضر بصفة ممثل؛ حدِّد الجهة التي يمثلها.</translation>
    </message>
    <message>
        <source>{name} belongs to {organisation}, not to {responsible}, which holds the sector {sector}.</source>
        <translation>{name} من منتسبي {organisation}، لا {responsible} المسؤول عن {sector}.</translation>
    </message>
    <message>
        <source>{name} holds tables of another program ({tables}); Ghurfa does not write into it. Choose an empty database or a Ghurfa one.</source>
        <translation>في قاعدة البيانات {name} جداول لبرنامج آخر ({tables})، ولا يكتب البرنامج فيها. اختر قاعدة بيانات فارغة أو قاعدة بيانات تخص برنامج غرفة العمليات.</translation>
    </message>
    <message>
        <source>{name} is already assigned to {place} in the shift {shift} of {date}, which overlaps this one.</source>
        <translation>{name} منسّب مسبقاً إلى {place} في الوجبة «{shift}» من يوم {date}، وهي تتداخل مع هذه الوجبة.</translation>
    </message>
    <message>
        <source>{name} is already assigned to {place} in the shift {shift}.</source>
        <translation>{name} منسّب مسبقاً إلى {place} في الوجبة «{shift}».</translation>
    </message>
    <message>
        <source>{name} is already on duty at {place} in the shift {shift} of {date}, with the detachment {detachment}; that shift overlaps this one.</source>
        <translation>{name} في الواجب مسبقاً في {place} في الوجبة «{shift}» من يوم {date}، ضمن المفرزة {detachment}؛ وتلك الوجبة تتداخل مع هذه.</translation>
    </message>
    <message>
        <source>{name} is already on duty at {place} in the shift {shift}, with the detachment {detachment}.</source>
        <translation>{name} في الواجب مسبقاً في {place} في الوجبة «{shift}»، ضمن المفرزة {detachment}.</translation>
    </message>
    <message>
        <source>{name} is no longer active and cannot be assigned.</source>
        <translation>{name} غير فعّال ولا يمكن تنسيبه.</translation>
    </message>
    <message>
        <source>{name} is no longer active and cannot join a detachment.</source>
        <translation>{name} غير فعّال ولا يمكن ضمّه إلى مفرزة.</translation>
    </message>
    <message>
        <source>{name} is on duty at {place} in the shift {shift} of {date}, which begins {gap} after this one ends; the least rest between shifts is {rest}.</source>
        <translation>{name} في الواجب في {place} في الوجبة «{shift}» من يوم {date}، وهي تبدأ بعد {gap} من انتهاء هذه الوجبة؛ وأقل استراحة بين وجبتين هي {rest}.</translation>
    </message>
    <message>
        <source>{name} is on duty at {place} in the shift {shift} of {date}, which ends {gap} before this one begins; the least rest between shifts is {rest}.</source>
        <translation>{name} في الواجب في {place} في الوجبة «{shift}» من يوم {date}، وهي تنتهي قبل {gap} من بدء هذه الوجبة؛ وأقل استراحة بين وجبتين هي {rest}.</translation>
    </message>
    <message>
        <source>{name} is on duty with the detachment {detachment} at {place} in the shift {shift} of {date}, which begins {gap} after this one ends; the least rest between shifts is {rest}.</source>
        <translation>{name} في الواجب مع المفرزة {detachment} في {place} في الوجبة «{shift}» من يوم {date}، وهي تبدأ بعد {gap} من انتهاء هذه الوجبة؛ وأقل استراحة بين وجبتين هي {rest}.</translation>
    </message>
    <message>
        <source>{name} is on duty with the detachment {detachment} at {place} in the shift {shift} of {date}, which ends {gap} before this one begins; the least rest between shifts is {rest}.</source>
        <translation>{name} في الواجب مع المفرزة {detachment} في {place} في الوجبة «{shift}» من يوم {date}، وهي تنتهي قبل {gap} من بدء هذه الوجبة؛ وأقل استراحة بين وجبتين هي {rest}.</translation>
    </message>
    <message>
        <source>{name} is unavailable ({kind}) from {start} to {end}, during the shift {shift} of {date}.</source>
        <translation>{name} غير متفرغ ({kind}) من {start} إلى {end}، في أثناء الوجبة «{shift}» من يوم {date}.</translation>
    </message>
    <message>
        <source>{name} is unavailable ({kind}: {reason}) from {start} to {end}, during the shift {shift} of {date}.</source>
        <translation>{name} غير متفرغ ({kind}: {reason}) من {start} إلى {end}، في أثناء الوجبة «{shift}» من يوم {date}.</translation>
    </message>
    <message>
        <source>{number} is not a service number.</source>
        <translation>{number} ليس رقماً إحصائياً.</translation>
    </message>
    <message>
        <source>{path} holds no area outlines (GeoJSON polygons).</source>
        <translation>الملف {path} لا يحوي حدود مناطق (مضلعات GeoJSON).</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder; nothing can be written inside it.</source>
        <translation>{path} ملف وليس مجلداً؛ لا يمكن الكتابة في داخله.</translation>
    </message>
    <message>
        <source>{path} is a folder; name the file to write.</source>
        <translation>{path} مجلد؛ اذكر اسم الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>{path} is not a GeoJSON file: its text does not read as JSON.</source>
        <translation>الملف {path} ليس ملف GeoJSON: نصّه لا يُقرأ بصيغة JSON.</translation>
    </message>
    <message>
        <source>{path} is not an MBTiles file (an SQLite database of map tiles).</source>
        <translation>الملف {path} ليس ملف MBTiles (قاعدة بيانات SQLite لبلاطات الخرائط).</translation>
    </message>
    <message>
        <source>{phone} is not a phone number.</source>
        <translation>{phone} ليس رقم هاتف.</translation>
    </message>
    <message>
        <source>{url} is a database in memory: it starts empty and is thrown away when the command ends. Name a file or a server with --db.</source>
        <translation>{url} قاعدة بيانات في الذاكرة: تبدأ فارغة وتزول عند انتهاء الأمر. حدّد ملفاً أو خادماً بالخيار --db.</translation>
    </message>
    <message>
        <source>{url} is not a PostgreSQL address; write for example {example}.</source>
        <translation>العنوان {url} ليس عنوان PostgreSQL؛ اكتب مثلاً {example}.</translation>
    </message>
    <message>
        <source>{url} is not a database address; write for example sqlite:///file.sqlite3 or postgresql+psycopg://user@host/ghurfa.</source>
        <translation>{url} ليس عنوان قاعدة بيانات؛ اكتب مثلاً sqlite:///file.sqlite3 أو postgresql+psycopg://user@host/ghurfa.</translation>
    </message>
    <message>
        <source>{username} has a password; sign in in the window instead.</source>
        <translation>للمستخدم {username} كلمة مرور؛ سجّل الدخول من النافذة.</translation>
    </message>
    <message>
        <source>{username} is the last active administrator; make another user an administrator first.</source>
        <translation>{username} هو آخر مدير نظام فعّال؛ اجعل مستخدماً آخر مديراً للنظام أولاً.</translation>
    </message>
    <message>
        <source>{value} is not a record number of {what}.</source>
        <translation>{value} ليس رقم سجل من {what}.</translation>
    </message>
    <message>
        <source>{value} is not a valid {field}; choose one of: {allowed}.</source>
        <translation>{value} ليست قيمة صالحة لحقل {field}؛ اختر من: {allowed}.</translation>
    </message>
    <message>
        <source>{what}: give the start and the end in local time, without a time zone.</source>
        <translation>{what}: أدخل البداية والنهاية بالتوقيت المحلي، دون منطقة زمنية.</translation>
    </message>
    <message>
        <source>{what}: the end comes before the start.</source>
        <translation>{what}: النهاية تسبق البداية.</translation>
    </message>
    <message>
        <source>{what}: the end must come after the start.</source>
        <translation>{what}: يجب أن تأتي النهاية بعد البداية.</translation>
    </message>
    <message>
        <source>{what}: the start and the end must be of the same kind: two dates, two times, or two dates with times.</source>
        <translation>{what}: يجب أن تكون البداية والنهاية من النوع نفسه: كلتاهما تاريخ، أو كلتاهما وقت، أو كلتاهما تاريخ مع وقت.</translation>
    </message>
    <message>
        <source>Only an administrator or the commander may read the audit trail.</source>
        <translation>لا يطّلع على سجل التدقيق إلا المدير أو القائد.</translation>
    </message>
    <message>
        <source>The audit trail is written as an Excel workbook: name a file ending in .xlsx, not {path}.</source>
        <translation>يُكتب سجل التدقيق مصنف Excel: سمِّ ملفًا ينتهي بـ ‎.xlsx‎ لا {path}.</translation>
    </message>
    <message>
        <source>{file} is not an SQLite database, or it is damaged ({reason}); nothing was replaced.</source>
        <translation>الملف {file} ليس قاعدة بيانات SQLite، أو أنه تالف ({reason})؛ لم يُستبدل شيء.</translation>
    </message>
    <message>
        <source>A database in memory has nothing to back up; name a file or a server with --db.</source>
        <translation>قاعدة البيانات في الذاكرة ليس فيها ما يُنسخ احتياطياً؛ سمِّ ملفاً أو خادماً بالخيار ‎--db.</translation>
    </message>
    <message>
        <source>{tool} is not installed, so this PostgreSQL database cannot be backed up or restored from here. Install PostgreSQL's client tools (of the server's version or newer) on this workstation, or back up on the server.</source>
        <translation>الأداة {tool} غير مثبّتة، فلا يمكن نسخ قاعدة بيانات PostgreSQL هذه احتياطياً ولا استعادتها من هنا. ثبّت أدوات عميل PostgreSQL (بإصدار الخادم أو أحدث) على هذه المحطة، أو خذ النسخة على الخادم.</translation>
    </message>
    <message>
        <source>pg_dump did not back up the database: {reason}</source>
        <translation>لم تنسخ الأداة pg_dump قاعدة البيانات: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a backup of a PostgreSQL database, or it is damaged: {reason}</source>
        <translation>الملف {file} ليس نسخة احتياطية لقاعدة بيانات PostgreSQL، أو أنه تالف: {reason}</translation>
    </message>
    <message>
        <source>pg_restore did not restore the backup (the database is as it was; a copy of it is at {aside}): {reason}</source>
        <translation>لم تستعد الأداة pg_restore النسخة الاحتياطية (قاعدة البيانات كما كانت؛ ونسخة منها في {aside}): {reason}</translation>
    </message>
    <message>
        <source>{file} is not a backup of a Ghurfa database (it carries no schema revision); nothing was replaced.</source>
        <translation>الملف {file} ليس نسخة احتياطية لقاعدة بيانات غرفة العمليات (لا يحمل رقم مراجعة للمخطط)؛ لم يُستبدل شيء.</translation>
    </message>
    <message>
        <source>{file} is a backup of a newer Ghurfa (schema revision {revision}); this version cannot read it. Restore it with that version of Ghurfa or a later one; nothing was replaced.</source>
        <translation>الملف {file} نسخة احتياطية من إصدار أحدث من البرنامج (مراجعة المخطط: {revision})؛ لا يستطيع هذا الإصدار قراءتها. استعدها بذلك الإصدار أو بإصدار أحدث منه؛ لم يُستبدل شيء.</translation>
    </message>
    <message>
        <source>{file} is damaged ({problem}); nothing was replaced.</source>
        <translation>الملف {file} تالف ({problem})؛ لم يُستبدل شيء.</translation>
    </message>
    <message>
        <source>There is no backup at {file}.</source>
        <translation>لا توجد نسخة احتياطية في {file}.</translation>
    </message>
    <message>
        <source>A database in memory cannot be restored into; name a file or a server with --db.</source>
        <translation>لا يمكن الاستعادة إلى قاعدة بيانات في الذاكرة؛ سمِّ ملفاً أو خادماً بالخيار ‎--db.</translation>
    </message>
    <message>
        <source>{file} is the database itself, not a backup of it.</source>
        <translation>الملف {file} هو قاعدة البيانات نفسها، لا نسخة احتياطية منها.</translation>
    </message>
    <message>
        <source>The backup cannot be written to {file}: {reason}</source>
        <translation>لا يمكن كتابة النسخة الاحتياطية في {file}: {reason}</translation>
    </message>
    <message>
        <source>The database {file} could not be read for a backup: {reason}</source>
        <translation>تعذّرت قراءة قاعدة البيانات {file} لنسخها احتياطياً: {reason}</translation>
    </message>
    <message>
        <source>The database file {file} is on a network share ({kind}). SQLite must not be used there: two workstations writing one file through a share damage it. Keep the file on this computer's own disk, or share the room's data with the PostgreSQL mode (--db postgresql+psycopg://user@server/ghurfa).</source>
        <translation>ملف قاعدة البيانات {file} على مجلد مشترك في الشبكة ({kind}). لا يجوز استعمال SQLite هناك: محطتان تكتبان ملفاً واحداً عبر الشبكة تُتلفانه. احفظ الملف على قرص هذا الحاسوب نفسه، أو شارك بيانات الغرفة بنمط PostgreSQL ‏(‎--db postgresql+psycopg://user@server/ghurfa).</translation>
    </message>
    <message>
        <source>There is nothing to back up yet.</source>
        <translation>لا يوجد بعدُ ما يُنسخ احتياطياً.</translation>
    </message>
    <message>
        <source>Only an administrator may back up or restore the database.</source>
        <translation>لا يأخذ نسخة احتياطية من قاعدة البيانات ولا يستعيدها إلا مدير النظام.</translation>
    </message>
    <message>
        <source>These minutes are approved and cannot be changed; to correct them, amend them: a new revision is made and the approved one is kept as signed.</source>
        <translation>هذا المحضر معتمد ولا يجوز تغييره؛ لتصحيحه عدّله: تُنشأ نسخة معدّلة جديدة ويبقى المعتمد كما وُقّع.</translation>
    </message>
    <message>
        <source>Approved minutes are kept: they cannot be deleted or taken back to a draft. To correct them, amend them.</source>
        <translation>المحضر المعتمد محفوظ: لا يُحذف ولا يُعاد إلى مسودة. لتصحيحه عدّله.</translation>
    </message>
    <message>
        <source>These approved minutes carry a document number already; it is voided before they are given another.</source>
        <translation>لهذا المحضر المعتمد رقم كتاب من قبل؛ يُلغى ذلك الرقم قبل أن يُعطى رقمًا آخر.</translation>
    </message>
    <message>
        <source>The document number {number} was issued and cannot be changed: a number is only voided, and stays in the registry.</source>
        <translation>صدر رقم الكتاب {number} ولا يجوز تغييره: الرقم يُلغى فقط، ويبقى في السجل.</translation>
    </message>
    <message>
        <source>The document number {number} was issued and cannot be deleted; void it instead.</source>
        <translation>صدر رقم الكتاب {number} ولا يجوز حذفه؛ ألغِه بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The history of a published roster is kept as it was written: it cannot be changed or deleted.</source>
        <translation>سجل جدول الواجبات المنشور محفوظ كما كُتب: لا يُغيَّر ولا يُحذف.</translation>
    </message>
    <message>
        <source>Revision {revision} of the roster of the shift {shift} was published; its number and its publication cannot be rewritten. Change the roster by an amendment, or withdraw it.</source>
        <translation>نُشرت النسخة {revision} من جدول واجبات الوجبة «{shift}»؛ لا يُعاد كتابة رقمها ولا نشرها. غيّر الجدول بتعديل، أو اسحبه.</translation>
    </message>
    <message>
        <source>The database keeps what was approved, published or issued as it is: it refused the change, and nothing was saved.</source>
        <translation>تحفظ قاعدة البيانات ما اعتُمد أو نُشر أو صدر كما هو: رفضت التغيير، ولم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>More than one organisation is named «{name}» ({organisations}); write the one meant by its short name, or rename one of them first.</source>
        <translation>يوجد أكثر من جهة باسم «{name}» ({organisations})؛ اكتب المقصودة منها باسمها المختصر، أو غيّر اسم إحداها أولاً.</translation>
    </message>
    <message>
        <source>More than one rank is written «{name}»; correct the rank list.</source>
        <translation>يوجد أكثر من رتبة تُكتب «{name}»؛ صحّح قائمة الرتب.</translation>
    </message>
    <message>
        <source>No header row was found in the first {count} rows of {file}: name the columns as personnel lists do (الرقم الإحصائي، الاسم، الرتبة، الجهة…) or map them with COLUMN=FIELD.</source>
        <translation>لم يُعثر على صف العناوين في أول {count} صفوف من {file}: سمِّ الأعمدة كما تسميها قوائم المنتسبين (الرقم الإحصائي، الاسم، الرتبة، الجهة…) أو اربطها بالصيغة COLUMN=FIELD.</translation>
    </message>
    <message>
        <source>The organisation «{name}» is not in the organisation tree; add it first, or correct the sheet.</source>
        <translation>الجهة «{name}» ليست في شجرة الجهات؛ أضفها أولاً أو صحّح الورقة.</translation>
    </message>
    <message>
        <source>The rank «{name}» is not in the rank list; add it to the ranks first, or correct the sheet.</source>
        <translation>الرتبة «{name}» ليست في قائمة الرتب؛ أضفها إلى الرتب أولاً أو صحّح الورقة.</translation>
    </message>
    <message>
        <source>The service number {number} is held by more than one person ({names}); give the row the organisation of the one meant.</source>
        <translation>الرقم الإحصائي {number} يحمله أكثر من شخص ({names})؛ اذكر في الصف جهة المقصود منهم.</translation>
    </message>
    <message>
        <source>The service number {number} is on rows {rows} of the sheet; a person is listed once.</source>
        <translation>الرقم الإحصائي {number} مكرر في الصفوف {rows} من الورقة، والشخص يُذكر مرة واحدة.</translation>
    </message>
    <message>
        <source>{field} is not a field of a person's record; choose one of: {allowed}.</source>
        <translation>{field} ليس من حقول سجل الشخص؛ اختر واحداً من: {allowed}.</translation>
    </message>
    <message>
        <source>{name} cannot be a file's name: it holds a folder, characters or a name the system reserves. Choose another name.</source>
        <translation>لا يصلح {name} اسمًا لملف: فيه مجلد أو محارف أو اسم يحجزه النظام. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The file name {name} holds invisible direction marks that make it read otherwise than it is; rename the file without them.</source>
        <translation>في اسم الملف {name} علامات اتجاه غير مرئية تجعله يُقرأ على غير حقيقته؛ أعد تسمية الملف من دونها.</translation>
    </message>
    <message>
        <source>{field} holds invisible direction marks (pasted with it from another program) that would make it read otherwise than it is; type it again without them.</source>
        <translation>في {field} علامات اتجاه غير مرئية (لُصقت معه من برنامج آخر) تجعله يُقرأ على غير حقيقته؛ اكتبه من جديد من دونها.</translation>
    </message>
    <message>
        <source>The file name {file} holds invisible direction marks that make it read otherwise than it is; rename the file without them and import it again.</source>
        <translation>في اسم الملف {file} علامات اتجاه غير مرئية تجعله يُقرأ على غير حقيقته؛ أعد تسمية الملف من دونها واستورده من جديد.</translation>
    </message>
    <message>
        <source>The file {file} is {kind}, not a workbook, whatever its name says. Choose the Excel workbook (.xlsx) or CSV file of the list.</source>
        <translation>الملف {file} {kind} وليس مصنفًا، مهما قال اسمه. اختر مصنف Excel ‏(.xlsx) أو ملف CSV الذي فيه القائمة.</translation>
    </message>
    <message>
        <source>A sheet of the file {file} has {count} rows; at most {limit} are imported at once. Split it into several files.</source>
        <translation>في ورقة من الملف {file} صفوف عددها: {count}؛ ويُستورد منها في المرة الواحدة {limit} صف على الأكثر. قسّمه على عدة ملفات.</translation>
    </message>
    <message>
        <source>The file {file} holds NUL characters, which no list saved as text holds: it is damaged or not a CSV file. It is refused.</source>
        <translation>في الملف {file} محارف NUL لا تحملها قائمة محفوظة نصًا: فهو تالف أو ليس ملف CSV. رُفض الملف.</translation>
    </message>
    <message>
        <source>The cell {cell} of the file {file} holds {count} characters; Excel holds at most {limit} in a cell. The file is refused for safety.</source>
        <translation>في الخلية {cell} من الملف {file} محارف عددها: {count}؛ ولا يحمل Excel في الخلية أكثر من {limit}. رُفض الملف احتياطًا.</translation>
    </message>
    <message>
        <source>The logo file {path} is larger than {limit} MB; a logo is far smaller.</source>
        <translation>ملف الشعار {path} أكبر من {limit} ميغابايت؛ والشعار أصغر من ذلك بكثير.</translation>
    </message>
    <message>
        <source>The logo {path} would open to far more pixels than a logo has (a decompression bomb); it is refused.</source>
        <translation>الشعار {path} ينفتح على نقاط أكثر بكثير مما في أي شعار (قنبلة فك ضغط)؛ رُفض.</translation>
    </message>
    <message>
        <source>The logo {path} is {width} by {height} pixels; a logo of at most {limit} by {limit} is enough.</source>
        <translation>الشعار {path} بقياس {width} في {height} نقطة؛ ويكفي شعار لا يزيد على {limit} في {limit}.</translation>
    </message>
    <message>
        <source>{file} is being written by another program or workstation; close Ghurfa everywhere and restore again. Nothing was replaced.</source>
        <translation>يُكتب في {file} الآن من برنامج آخر أو من محطة عمل أخرى؛ أغلق غرفة العمليات في كل مكان ثم أعد الاسترجاع. لم يُستبدل شيء.</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Checking the rows</source>
        <translation>تدقيق الصفوف</translation>
    </message>
    <message>
        <source>Comparing with the centres recorded</source>
        <translation>المقارنة بالمراكز المسجلة</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>قراءة الملف</translation>
    </message>
    <message>
        <source>Writing the centres</source>
        <translation>كتابة المراكز</translation>
    </message>
    <message>
        <source>Comparing with the people recorded</source>
        <translation>المقارنة بالأشخاص المسجلين</translation>
    </message>
    <message>
        <source>Writing the people</source>
        <translation>كتابة الأشخاص</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>An MBTiles file serves the map inside the program only; the written page shows the boundaries.</source>
        <translation>ملف MBTiles يخدم الخريطة داخل البرنامج فقط؛ والصفحة المكتوبة تعرض الحدود.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Area boundaries</source>
        <translation>حدود المناطق</translation>
    </message>
    <message>
        <source>Centres</source>
        <translation>المراكز</translation>
    </message>
    <message>
        <source>Centres by coverage</source>
        <translation>المراكز حسب التغطية</translation>
    </message>
    <message>
        <source>Centres by risk</source>
        <translation>المراكز حسب درجة الخطورة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Full coverage</source>
        <translation>تغطية كاملة</translation>
    </message>
    <message>
        <source>Ghurfa map</source>
        <translation>خريطة غرفة العمليات</translation>
    </message>
    <message>
        <source>Has / needs</source>
        <translation>المتوفر / المطلوب</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>خلفية الخريطة</translation>
    </message>
    <message>
        <source>No coverage</source>
        <translation>بلا تغطية</translation>
    </message>
    <message>
        <source>Not measured (closed or suspended)</source>
        <translation>غير مقيسة (مغلق أو معلّق)</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>المنتسبون</translation>
    </message>
    <message>
        <source>Partial coverage</source>
        <translation>تغطية جزئية</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>النقاط الأمنية</translation>
    </message>
    <message>
        <source>Rapid response</source>
        <translation>الاستجابة السريعة</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>درجة الخطورة</translation>
    </message>
    <message>
        <source>Risk not set</source>
        <translation>الخطورة غير محددة</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القاطع</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>القواطع</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الشدة</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>المحطات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>The map tiles were not used: {reason}</source>
        <translation>لم تُستعمل بلاطات الخريطة: {reason}</translation>
    </message>
    <message>
        <source>The page loads its background from the room's tile server {url}.</source>
        <translation>الصفحة تحمّل خلفيتها من خادم بلاطات الغرفة {url}.</translation>
    </message>
    <message>
        <source>The room's boundary file was not used: {reason}</source>
        <translation>لم يُستعمل ملف حدود الغرفة: {reason}</translation>
    </message>
    <message>
        <source>The room's tiles</source>
        <translation>بلاطات الغرفة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>العجلات</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>الناخبون</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>{count} centres have no coordinates and are not on the map.</source>
        <translation>{count} من المراكز بلا إحداثيات فلا تظهر على الخريطة.</translation>
    </message>
</context>
<context>
    <name>RejectedRows</name>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>الصفوف المرفوضة</translation>
    </message>
    <message>
        <source>Rejected rows of {file}</source>
        <translation>الصفوف المرفوضة من {file}</translation>
    </message>
    <message>
        <source>Row in the sheet</source>
        <translation>رقم الصف في الورقة</translation>
    </message>
    <message>
        <source>Sheet: {sheet}</source>
        <translation>الورقة: {sheet}</translation>
    </message>
</context>
<context>
    <name>Term</name>
    <message>
        <source>a file of that name is in the way</source>
        <translation>يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>المجلد غير موجود</translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder</source>
        <translation>جزء من المسار ملف وليس مجلداً</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>القرص للقراءة فقط</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>لا صلاحية للكتابة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الشدة</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Letterhead in English</source>
        <translation>الترويسة بالإنكليزية</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>الترويسة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Hijri date</source>
        <translation>التاريخ الهجري</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>A detachment assigned twice in one shift</source>
        <translation>مفرزة منسّبة مرتين في وجبة واحدة</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعّال</translation>
    </message>
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
        <source>Centre commander in this shift</source>
        <translation>آمر المركز في هذه الوجبة</translation>
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
        <source>Detachment in this shift</source>
        <translation>المفرزة في هذه الوجبة</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>الاسم الظاهر</translation>
    </message>
    <message>
        <source>District</source>
        <translation>القضاء</translation>
    </message>
    <message>
        <source>Document kind</source>
        <translation>نوع المستند</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>رقم الكتاب</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>موعد الإنجاز</translation>
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
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>الاسم بالإنكليزية</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <source>Home sector</source>
        <translation>القاطع الأصلي</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <source>Kind of unavailability</source>
        <translation>نوع عدم التفرغ</translation>
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
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>آمر المفرزة</translation>
    </message>
    <message>
        <source>Least rest between shifts</source>
        <translation>أقل استراحة بين وجبتين</translation>
    </message>
    <message>
        <source>Linked record</source>
        <translation>السجل المرتبط</translation>
    </message>
    <message>
        <source>Linked record kind</source>
        <translation>نوع السجل المرتبط</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Minimum protection</source>
        <translation>الحد الأدنى للحماية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>الضباط والمنتسبون</translation>
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
        <source>Outcome</source>
        <translation>المخرَج</translation>
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
        <source>People of no organisation sharing a service number</source>
        <translation>أشخاص بلا جهة يشتركون في رقم إحصائي</translation>
    </message>
    <message>
        <source>People of one force sharing a service number</source>
        <translation>أشخاص من قوة واحدة يشتركون في رقم إحصائي</translation>
    </message>
    <message>
        <source>Period of unavailability</source>
        <translation>مدة عدم التفرغ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>المنتسب</translation>
    </message>
    <message>
        <source>Person in this shift</source>
        <translation>المنتسب في هذه الوجبة</translation>
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
        <source>Pinned</source>
        <translation>مثبَّت</translation>
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
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الرتبة</translation>
    </message>
    <message>
        <source>Rapid-response cover</source>
        <translation>إسناد قوة الاستجابة السريعة</translation>
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
        <source>Rules of duty</source>
        <translation>قواعد الواجب</translation>
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
        <source>Special voting date</source>
        <translation>تاريخ الاقتراع الخاص</translation>
    </message>
    <message>
        <source>Staff qualified</source>
        <translation>صفة الركن</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
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
        <source>Sub-district</source>
        <translation>الناحية</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Unavailability</source>
        <translation>عدم التفرغ</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>User role</source>
        <translation>دور المستخدم</translation>
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
        <source>Vehicle in this shift</source>
        <translation>العجلة في هذه الوجبة</translation>
    </message>
    <message>
        <source>Vehicle kind</source>
        <translation>نوع العجلة</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>العجلات</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>رقم إصدار السجل</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>عدد الناخبين</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>district</source>
        <translation>القضاء</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد التنفيذ</translation>
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
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>subdistrict</source>
        <translation>الناحية</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>a compressed archive</source>
        <translation>أرشيف مضغوط</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>برنامج</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: خطأ: %(message)s
</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>خيار ملتبس: %(option)s قد يطابق %(matches)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>المعامل %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>can't open '%(filename)s': %(error)s</source>
        <translation>تعذّر فتح '%(filename)s': %(error)s</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>يلزم %s معامل</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>يلزم %s معاملات</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>يلزم معامل واحد على الأقل</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>يلزم معامل واحد على الأكثر</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>يلزم معامل واحد</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>تم تجاهل المعامل الصريح %r</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>قيمة %(type)s غير صالحة: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>اختيار غير صالح: %(value)r (اختر من %(choices)s)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>غير مسموح مع المعامل %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>أحد المعاملات %s مطلوب</translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>المعاملات الموضعية</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>اعرض رقم إصدار البرنامج واخرج</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>اعرض هذه المساعدة واخرج</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>المعاملات الآتية مطلوبة: %s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>خيار غير متوقع: %s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>أمر غير معروف %(parser_name)r (الخيارات: %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>معاملات غير معروفة: %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>الاستعمال: </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>  … and {count} more warnings (see --json).</source>
        <translation>  … وتنبيهات أخرى: {count} (انظر ‎--json).</translation>
    </message>
    <message>
        <source>  row {row}, warning: {warning}</source>
        <translation>  الصف {row}، تنبيه: {warning}</translation>
    </message>
    <message>
        <source>  totals rows at the foot of the sheet, left out (not imported): {rows}</source>
        <translation>  صفوف المجموع في ذيل الورقة، تُركت ولم تُستورد: {rows}</translation>
    </message>
    <message>
        <source>  areas added to the tree: {count}</source>
        <translation>  المناطق المضافة إلى الشجرة: {count}</translation>
    </message>
    <message>
        <source>  created: {created}, updated: {updated}, unchanged: {unchanged}, rejected: {rejected}</source>
        <translation>  أُنشئ: {created}، حُدّث: {updated}، بلا تغيير: {unchanged}، مرفوض: {rejected}</translation>
    </message>
    <message>
        <source>  new: {created}, changed: {updated}, unchanged: {unchanged}, rejected: {rejected}</source>
        <translation>  جديدة: {created}، معدّلة: {updated}، بلا تغيير: {unchanged}، مرفوضة: {rejected}</translation>
    </message>
    <message>
        <source>  row {row}: {reason}</source>
        <translation>  الصف {row}: {reason}</translation>
    </message>
    <message>
        <source>  {count} codes were stored as numbers in the workbook (any leading zeros were lost there); {restored} of them matched a stored code with its zeros.</source>
        <translation>  رموز خُزّنت في المصنف أرقاماً: {count} (فضاعت فيها أي أصفار في أولها)؛ طابق {restored} منها رمزاً مسجلاً بأصفاره.</translation>
    </message>
    <message>
        <source>  {name}: {count}</source>
        <translation>  {name}: {count}</translation>
    </message>
    <message>
        <source>  {role}: {username} / {password}</source>
        <translation>  {role}: {username} / {password}</translation>
    </message>
    <message>
        <source>  {table}: {count}</source>
        <translation>  {table}: {count}</translation>
    </message>
    <message>
        <source>  … and {count} more rejected rows (see --rejected OUT.xlsx).</source>
        <translation>  … وصفوف مرفوضة أخرى: {count} (انظر ‎--rejected OUT.xlsx).</translation>
    </message>
    <message>
        <source>(user unknown)</source>
        <translation>(مستخدم غير معروف)</translation>
    </message>
    <message>
        <source>(workstation unknown)</source>
        <translation>(محطة عمل غير معروفة)</translation>
    </message>
    <message>
        <source>, days late: {days}</source>
        <translation>، أيام التأخير: {days}</translation>
    </message>
    <message>
        <source>, late by {days} days</source>
        <translation>، أيام التأخير: {days}</translation>
    </message>
    <message>
        <source>--colour coverage needs --shift ID: coverage is measured for one shift.</source>
        <translation>‎--colour coverage‎ يحتاج إلى ‎--shift ID‎: التغطية تُقاس لوجبة واحدة.</translation>
    </message>
    <message>
        <source>-o must name a file ending in .html, not {path}.</source>
        <translation>يجب أن يسمّي ‎-o‎ ملفاً ينتهي بـ ‎.html‎، لا {path}.</translation>
    </message>
    <message>
        <source>-o must name a file ending in {endings}, not {path}.</source>
        <translation>يجب أن يذكر الخيار -o اسم ملف ينتهي بـ {endings}، لا {path}.</translation>
    </message>
    <message>
        <source>-o must name a file ending in {endings}; {path} is a folder.</source>
        <translation>يجب أن يذكر الخيار -o اسم ملف ينتهي بـ {endings}؛ أما {path} فمجلد.</translation>
    </message>
    <message>
        <source>Added {name} ({role}).</source>
        <translation>أُضيف {name} ({role}).</translation>
    </message>
    <message>
        <source>Assignments proposed: {rows} (commanders: {commanders}, guards and post crews: {guards}, detachments: {teams}, vehicles: {vehicles}).</source>
        <translation>التنسيبات المقترحة: {rows} (آمرو المراكز: {commanders}، الحراس وأفراد النقاط: {guards}، المفارز: {teams}، العجلات: {vehicles}).</translation>
    </message>
    <message>
        <source>Assignments saved: {saved}; skipped: {skipped}.</source>
        <translation>التنسيبات المحفوظة: {saved}؛ المتروكة: {skipped}.</translation>
    </message>
    <message>
        <source>Broken reference: {table} row {rowid} names a missing {parent}</source>
        <translation>إشارة مكسورة: السجل {rowid} في {table} يشير إلى سجل مفقود في {parent}</translation>
    </message>
    <message>
        <source>COLUMN=FIELD</source>
        <translation>COLUMN=FIELD</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Cancelled; the document numbers were voided.</source>
        <translation>أُلغي؛ وأُبطلت أعداد الوثائق.</translation>
    </message>
    <message>
        <source>Centres still short for want of anyone free: {count}.</source>
        <translation>مراكز ما زال فيها نقص لعدم توفر من يُنسَّب: {count}.</translation>
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
        <source>Dry run: nothing was written. The import would make:</source>
        <translation>تجربة دون كتابة: لم يُكتب شيء. كان الاستيراد سيؤدي إلى:</translation>
    </message>
    <message>
        <source>FILE|DIR</source>
        <translation>ملف|مجلد</translation>
    </message>
    <message>
        <source>Ghurfa: the operations room for election security.</source>
        <translation>غرفة العمليات: إدارة أمن الانتخابات.</translation>
    </message>
    <message>
        <source>Hours of duty in the election of the people free for the shift ({people}): widest gap in hours: {spread} (before: {before}); standard deviation: {deviation}.</source>
        <translation>ساعات الواجب في الانتخابات للمنتسبين المتاحين للوجبة ({people}): أكبر فرق بالساعات: {spread} (قبل المقترح: {before})؛ الانحراف المعياري: {deviation}.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>أُوقف التنفيذ.</translation>
    </message>
    <message>
        <source>Its accounts (the sign-in lists them too):</source>
        <translation>حساباتها (وتعرضها نافذة الدخول أيضاً):</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Listening again to {name}.</source>
        <translation>استؤنفت متابعة التغييرات في {name}.</translation>
    </message>
    <message>
        <source>Misuse</source>
        <translation>استعمال خاطئ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>لم تُكتشف أي مشكلة.</translation>
    </message>
    <message>
        <source>No row was rejected; {file} was not written.</source>
        <translation>لم يُرفض أي صف، فلم يُكتب {file}.</translation>
    </message>
    <message>
        <source>No users yet.</source>
        <translation>لا مستخدمين بعد.</translation>
    </message>
    <message>
        <source>Nothing was saved; --apply saves the proposal.</source>
        <translation>لم يُحفظ شيء؛ الخيار ‎--apply‎ يحفظ المقترح.</translation>
    </message>
    <message>
        <source>Nothing was written, as rows were rejected. The import would make:</source>
        <translation>لم يُكتب شيء لأن صفوفاً رُفضت. كان الاستيراد سيُحدث:</translation>
    </message>
    <message>
        <source>Nothing was written: {count} rows were rejected. Correct them and import again, or import the others with --skip-invalid.</source>
        <translation>لم يُكتب شيء: الصفوف المرفوضة {count}. صحّحها واستورد من جديد، أو استورد البقية بالخيار ‎--skip-invalid.</translation>
    </message>
    <message>
        <source>OUT.xlsx</source>
        <translation>OUT.xlsx</translation>
    </message>
    <message>
        <source>Of another unit than the one holding the sector (a warning): {count}.</source>
        <translation>من تشكيل غير المسؤول عن القاطع (تنبيه): {count}.</translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>كلمة المرور مرة أخرى: </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>كلمة المرور: </translation>
    </message>
    <message>
        <source>Posts unmanned: {before} before, {after} after.</source>
        <translation>النقاط الخالية: {before} قبل المقترح، {after} بعده.</translation>
    </message>
    <message>
        <source>Problems found: {count}</source>
        <translation>عدد المشكلات المكتشفة: {count}</translation>
    </message>
    <message>
        <source>Recorded on directive {id}: {status}. {directive}</source>
        <translation>دُوّنت المتابعة على التوجيه {id}: {status}. {directive}</translation>
    </message>
    <message>
        <source>Row {row} skipped: {reason}</source>
        <translation>تُرك الصف {row}: {reason}</translation>
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
        <source>Shift {shift} of {date}: centres not fully covered: {before} of {centres}; after the proposal: {after}.</source>
        <translation>{shift} بتاريخ {date}: المراكز غير المغطاة بالكامل: {before} من {centres}؛ بعد المقترح: {after}.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>The connection to {name} was lost; trying again.</source>
        <translation>انقطع الاتصال بـ {name}؛ تجري إعادة المحاولة.</translation>
    </message>
    <message>
        <source>The desktop program is not installed; use a sub-command (see --help).</source>
        <translation>البرنامج الرسومي غير مثبت؛ استعمل أحد الأوامر (انظر ‎--help).</translation>
    </message>
    <message>
        <source>The election {election} has no shifts yet.</source>
        <translation>لا وجبات للانتخابات «{election}» بعد.</translation>
    </message>
    <message>
        <source>The first user of a database is its administrator: add one with --role admin first.</source>
        <translation>أول مستخدم في قاعدة البيانات هو مديرها: أضفه أولاً بـ ‎--role admin‎.</translation>
    </message>
    <message>
        <source>The rejected rows cannot be written: the documents engine is not installed.</source>
        <translation>تتعذر كتابة الصفوف المرفوضة: محرك المستندات غير مثبّت.</translation>
    </message>
    <message>
        <source>The rejected rows cannot be written: {error}</source>
        <translation>تتعذر كتابة الصفوف المرفوضة: {error}</translation>
    </message>
    <message>
        <source>The rejected rows were written to {file}.</source>
        <translation>كُتبت الصفوف المرفوضة في {file}.</translation>
    </message>
    <message>
        <source>The schema differs from the program: {change}</source>
        <translation>يختلف مخطط قاعدة البيانات عمّا يتوقعه البرنامج: {change}</translation>
    </message>
    <message>
        <source>The schema is not up to date.</source>
        <translation>مخطط قاعدة البيانات غير محدّث.</translation>
    </message>
    <message>
        <source>The schema is not up to date: {count} migrations to apply ({names}). Ghurfa applies them when it starts (a copy of an SQLite file is kept), or run ghurfa check --migrate.</source>
        <translation>مخطط قاعدة البيانات غير محدّث: عدد الترحيلات بانتظار التطبيق {count} ({names}). يطبّقها البرنامج عند تشغيله (مع الاحتفاظ بنسخة من ملف SQLite)، أو نفّذ ghurfa check --migrate.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was added.</source>
        <translation>كلمتا المرور غير متطابقتين؛ لم يُضف شيء.</translation>
    </message>
    <message>
        <source>The window cannot open: Qt could not be loaded ({error}).</source>
        <translation>لا يمكن فتح النافذة: تعذّر تحميل Qt ({error}).</translation>
    </message>
    <message>
        <source>The window cannot open: this computer lacks system libraries that Qt needs ({packages}). On Debian or Ubuntu install them (as root) with:
  apt-get install {packages}</source>
        <translation>لا يمكن فتح النافذة: تنقص هذا الحاسوب مكتبات نظام يحتاجها Qt ({packages}). على Debian أو Ubuntu ثبّتها (بصلاحيات الجذر) بالأمر:
  apt-get install {packages}</translation>
    </message>
    <message>
        <source>The window cannot open: this computer lacks system libraries that Qt needs ({packages}). On Debian or Ubuntu install them with:
  sudo apt-get install {packages}</source>
        <translation>لا يمكن فتح النافذة: تنقص هذا الحاسوب مكتبات نظام يحتاجها Qt ({packages}). على Debian أو Ubuntu ثبّتها بالأمر:
  sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>Watching the changes to {name}; Ctrl+C stops.</source>
        <translation>تجري متابعة التغييرات في {name}؛ للإيقاف اضغط Ctrl+C.</translation>
    </message>
    <message>
        <source>a .pdf with every unit's order, a .xlsx workbook, or a folder for one PDF per unit</source>
        <translation>ملف ‎.pdf‎ بأوامر كل الوحدات، أو مصنف ‎.xlsx‎، أو مجلد بملف PDF لكل وحدة</translation>
    </message>
    <message>
        <source>a page for each centre or post (default), or for each unit</source>
        <translation>صفحة لكل مركز أو نقطة (الافتراضي)، أو لكل وحدة</translation>
    </message>
    <message>
        <source>a shift's id: each centre's coverage in it (the shift's election is the list's)</source>
        <translation>معرّف الوجبة: موقف حماية كل مركز فيها (وتكون القائمة لانتخابات الوجبة)</translation>
    </message>
    <message>
        <source>act as this user (default: the system)</source>
        <translation>نفّذ باسم هذا المستخدم (الافتراضي: النظام)</translation>
    </message>
    <message>
        <source>add a user; the password is asked, never given here</source>
        <translation>إضافة مستخدم؛ تُطلب كلمة المرور ولا تُكتب هنا أبداً</translation>
    </message>
    <message>
        <source>add and list the room's users</source>
        <translation>إضافة مستخدمي الغرفة وعرضهم</translation>
    </message>
    <message>
        <source>anything may have changed</source>
        <translation>قد يكون أيٌّ من البيانات قد تغيّر</translation>
    </message>
    <message>
        <source>colour the centres by risk or by the shift's coverage</source>
        <translation>لوّن المراكز حسب درجة الخطورة أو حسب تغطية الوجبة</translation>
    </message>
    <message>
        <source>confirm the change of a published roster as an amendment</source>
        <translation>تأكيد تغيير جدول واجبات منشور بوصفه تعديلاً</translation>
    </message>
    <message>
        <source>count the centres each shift covers</source>
        <translation>عدّ المراكز التي تغطيها كل وجبة</translation>
    </message>
    <message>
        <source>create the database or bring its schema up to date first, as the program does when it starts (an SQLite file is copied aside before)</source>
        <translation>أنشئ قاعدة البيانات أو حدّث مخططها أولاً، كما يفعل البرنامج عند تشغيله (مع نسخ ملف SQLite جانباً قبل ذلك)</translation>
    </message>
    <message>
        <source>database URL (default: SQLite in the user's data folder)</source>
        <translation>عنوان قاعدة البيانات (الافتراضي: ملف SQLite في مجلد بيانات المستخدم)</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>موعده {date}</translation>
    </message>
    <message>
        <source>export lists as Excel workbooks or PDF letters</source>
        <translation>تصدير القوائم مصنفات Excel أو كتباً رسمية PDF</translation>
    </message>
    <message>
        <source>file to write: .pdf for the letter, .xlsx for the workbook</source>
        <translation>الملف المراد كتابته: ‎.pdf للكتاب، ‎.xlsx للمصنف</translation>
    </message>
    <message>
        <source>file to write: .pdf for the roster, .xlsx for the workbook</source>
        <translation>الملف المراد كتابته: ‎.pdf‎ للجدول، ‎.xlsx‎ للمصنف</translation>
    </message>
    <message>
        <source>file to write: .xlsx for Excel, .pdf for the letter</source>
        <translation>الملف المراد كتابته: .xlsx لمصنف Excel، و.pdf للكتاب الرسمي</translation>
    </message>
    <message>
        <source>import a list from the commission's sheets</source>
        <translation>استيراد قائمة من أوراق المفوضية</translation>
    </message>
    <message>
        <source>issuing office (default: the one that writes to the unit)</source>
        <translation>الجهة المصدرة (الافتراضي: التي تكاتب الوحدة)</translation>
    </message>
    <message>
        <source>issuing office of the PDF (default: the first)</source>
        <translation>الجهة المصدرة لملف PDF (الافتراضي: الأولى)</translation>
    </message>
    <message>
        <source>it may be left empty, the program requires a value</source>
        <translation>يجوز تركه فارغاً، والبرنامج يوجب له قيمة</translation>
    </message>
    <message>
        <source>it requires a value, the program allows it empty</source>
        <translation>يوجب قيمة، والبرنامج يجيز تركه فارغاً</translation>
    </message>
    <message>
        <source>its comment differs</source>
        <translation>يختلف تعليقه</translation>
    </message>
    <message>
        <source>its default value differs</source>
        <translation>تختلف قيمته الافتراضية</translation>
    </message>
    <message>
        <source>its new status: open, in-progress, done or cancelled (or its Arabic label); without it, a note alone</source>
        <translation>حالته الجديدة: open أو in-progress أو done أو cancelled (أو اسمها بالعربية)؛ ومن دونها تُدوَّن ملاحظة فقط</translation>
    </message>
    <message>
        <source>its type is {found}, the program's is {wanted}</source>
        <translation>نوعه {found}، ونوعه في البرنامج {wanted}</translation>
    </message>
    <message>
        <source>language of messages and documents</source>
        <translation>لغة الرسائل والمستندات</translation>
    </message>
    <message>
        <source>list the directives (the default)</source>
        <translation>عرض التوجيهات (الافتراضي)</translation>
    </message>
    <message>
        <source>list the directives and record their follow-up</source>
        <translation>عرض التوجيهات وتدوين متابعتها</translation>
    </message>
    <message>
        <source>list the users</source>
        <translation>عرض المستخدمين</translation>
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
        <source>no due date</source>
        <translation>بلا موعد إنجاز</translation>
    </message>
    <message>
        <source>no one named</source>
        <translation>لم تُسمَّ جهة</translation>
    </message>
    <message>
        <source>no password: cannot sign in</source>
        <translation>بلا كلمة مرور: لا يستطيع الدخول</translation>
    </message>
    <message>
        <source>one JSON array, for programs</source>
        <translation>مصفوفة JSON واحدة، للبرامج</translation>
    </message>
    <message>
        <source>one JSON object a line, for programs</source>
        <translation>كائن JSON واحد في كل سطر، للبرامج</translation>
    </message>
    <message>
        <source>only the directives past their due date</source>
        <translation>التوجيهات التي تجاوزت موعد إنجازها فقط</translation>
    </message>
    <message>
        <source>only the people of this unit and of the units under it</source>
        <translation>منتسبو هذه الوحدة والوحدات التابعة لها فقط</translation>
    </message>
    <message>
        <source>only the shifts of this duty day</source>
        <translation>وجبات يوم الواجب هذا فقط</translation>
    </message>
    <message>
        <source>only this shift (its number)</source>
        <translation>هذه الوجبة وحدها (رقمها)</translation>
    </message>
    <message>
        <source>only those of this body and of every body under it</source>
        <translation>توجيهات هذه الجهة وكل جهة تابعة لها فقط</translation>
    </message>
    <message>
        <source>open, in-progress, done or cancelled (or its Arabic label); may be repeated</source>
        <translation>open أو in-progress أو done أو cancelled (أو اسمها بالعربية)؛ ويجوز تكراره</translation>
    </message>
    <message>
        <source>open, in-progress, done, cancelled or still-open; may be repeated</source>
        <translation>open أو in-progress أو done أو cancelled أو still-open؛ ويجوز تكراره</translation>
    </message>
    <message>
        <source>pdftoppm could not make the picture of {path}.</source>
        <translation>تعذّر على pdftoppm إعداد صورة {path}.</translation>
    </message>
    <message>
        <source>print the counts and rejected rows as JSON</source>
        <translation>اطبع الأعداد والصفوف المرفوضة بصيغة JSON</translation>
    </message>
    <message>
        <source>print the directives as JSON</source>
        <translation>طباعة التوجيهات بصيغة JSON</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>طباعة النتيجة بصيغة JSON</translation>
    </message>
    <message>
        <source>print the room's change notices as they arrive</source>
        <translation>عرض إشعارات التغيير في الغرفة فور وصولها</translation>
    </message>
    <message>
        <source>propose assignments that cover a shift's gaps</source>
        <translation>اقتراح تنسيبات تسد نقص وجبة</translation>
    </message>
    <message>
        <source>put people, detachments and vehicles on duty</source>
        <translation>تنسيب المنتسبين والمفارز والعجلات للواجب</translation>
    </message>
    <message>
        <source>random seed</source>
        <translation>بذرة التوليد العشوائي</translation>
    </message>
    <message>
        <source>record a follow-up of one directive</source>
        <translation>تدوين متابعة توجيه واحد</translation>
    </message>
    <message>
        <source>registration and polling centres (.xlsx or .csv)</source>
        <translation>مراكز التسجيل والاقتراع (‎.xlsx أو ‎.csv)</translation>
    </message>
    <message>
        <source>report on the schema and integrity</source>
        <translation>تقرير عن المخطط وسلامة البيانات</translation>
    </message>
    <message>
        <source>save the proposal (without it nothing is saved)</source>
        <translation>حفظ المقترح (ومن دونه لا يُحفظ شيء)</translation>
    </message>
    <message>
        <source>say what would change and write nothing</source>
        <translation>بيّن ما سيتغير دون كتابة شيء</translation>
    </message>
    <message>
        <source>seed: the source texts' commands and meetings; national: a synthetic set for benchmarks</source>
        <translation>seed: قيادات النصوص المصدرية واجتماعاتها؛ national: مجموعة وطنية مولّدة لقياس الأداء</translation>
    </message>
    <message>
        <source>some notices were missed: anything may have changed</source>
        <translation>فات بعض الإشعارات: قد يكون أيٌّ من البيانات قد تغيّر</translation>
    </message>
    <message>
        <source>stop after N notices</source>
        <translation>التوقف بعد N من الإشعارات</translation>
    </message>
    <message>
        <source>stop after S seconds</source>
        <translation>التوقف بعد S من الثواني</translation>
    </message>
    <message>
        <source>the HTML file to write</source>
        <translation>ملف HTML المراد كتابته</translation>
    </message>
    <message>
        <source>the assignment orders of every unit: one PDF, a workbook, or a file per unit</source>
        <translation>أوامر التنسيب لكل الوحدات: ملف PDF واحد، أو مصنف، أو ملف لكل وحدة</translation>
    </message>
    <message>
        <source>the centres with their area, sector, risk and, for a shift, coverage</source>
        <translation>المراكز مع منطقتها وقاطعها ودرجة خطورتها، وموقف حمايتها في وجبة إن ذُكرت</translation>
    </message>
    <message>
        <source>the check rule {constraint} of the table {table} is missing</source>
        <translation>قيد التحقق {constraint} في الجدول {table} مفقود</translation>
    </message>
    <message>
        <source>the check rule {constraint} of the table {table} is not the program's</source>
        <translation>قيد التحقق {constraint} في الجدول {table} ليس من قيود البرنامج</translation>
    </message>
    <message>
        <source>the column {column} of the table {table} differs ({what})</source>
        <translation>العمود {column} في الجدول {table} مختلف ({what})</translation>
    </message>
    <message>
        <source>the column {column} of the table {table} is missing</source>
        <translation>العمود {column} في الجدول {table} مفقود</translation>
    </message>
    <message>
        <source>the column {column} of the table {table} is not the program's</source>
        <translation>العمود {column} في الجدول {table} ليس من أعمدة البرنامج</translation>
    </message>
    <message>
        <source>the column {table}.{column} differs ({what})</source>
        <translation>العمود {table}.{column} مختلف ({what})</translation>
    </message>
    <message>
        <source>the column {table}.{column} is missing</source>
        <translation>العمود {table}.{column} مفقود</translation>
    </message>
    <message>
        <source>the column {table}.{column} is not the program's</source>
        <translation>العمود {table}.{column} ليس من أعمدة البرنامج</translation>
    </message>
    <message>
        <source>the connection came back: anything may have changed meanwhile</source>
        <translation>عاد الاتصال: قد يكون أيٌّ من البيانات قد تغيّر في أثناء انقطاعه</translation>
    </message>
    <message>
        <source>the directive's number, as the list prints it</source>
        <translation>رقم التوجيه كما تطبعه القائمة</translation>
    </message>
    <message>
        <source>the duty roster: who is where in each shift, by centre or by unit</source>
        <translation>جدول الواجبات: مَن في أي موقع في كل وجبة، حسب المركز أو الوحدة</translation>
    </message>
    <message>
        <source>the election's id (default: the latest election)</source>
        <translation>معرّف الانتخابات (الافتراضي: أحدث انتخابات)</translation>
    </message>
    <message>
        <source>the election's id; without it, every centre of the registry</source>
        <translation>معرّف الانتخابات؛ ومن دونه تُدرج مراكز السجل كلها</translation>
    </message>
    <message>
        <source>the election's number or name</source>
        <translation>رقم الانتخابات أو اسمها</translation>
    </message>
    <message>
        <source>the election's number or name (default: every election)</source>
        <translation>رقم الانتخابات أو اسمها (الافتراضي: كل الانتخابات)</translation>
    </message>
    <message>
        <source>the election's number or name (default: the current one)</source>
        <translation>رقم الانتخابات أو اسمها (الافتراضي: الحالية)</translation>
    </message>
    <message>
        <source>the field of a column (its header or letter); FIELD - leaves it out; may be repeated</source>
        <translation>حقل عمود (بعنوانه أو حرفه)؛ و- بدل FIELD يستبعده؛ يمكن تكراره</translation>
    </message>
    <message>
        <source>the follow-up note</source>
        <translation>ملاحظة المتابعة</translation>
    </message>
    <message>
        <source>the follow-up of directives: a letter by responsible body, or the workbook</source>
        <translation>متابعة التوجيهات: كتاب بحسب الجهة المسؤولة، أو المصنف</translation>
    </message>
    <message>
        <source>the index {index} of the table {table} is missing</source>
        <translation>الفهرس {index} في الجدول {table} مفقود</translation>
    </message>
    <message>
        <source>the index {index} of the table {table} is not the program's</source>
        <translation>الفهرس {index} في الجدول {table} ليس من فهارس البرنامج</translation>
    </message>
    <message>
        <source>the name shown for the user (default: NAME)</source>
        <translation>الاسم المعروض للمستخدم (الافتراضي: الاسم)</translation>
    </message>
    <message>
        <source>the name the user signs in with</source>
        <translation>الاسم الذي يدخل به المستخدم</translation>
    </message>
    <message>
        <source>the reference {constraint} of the table {table} is missing</source>
        <translation>الإشارة {constraint} في الجدول {table} مفقودة</translation>
    </message>
    <message>
        <source>the reference {constraint} of the table {table} is not the program's</source>
        <translation>الإشارة {constraint} في الجدول {table} ليست من إشارات البرنامج</translation>
    </message>
    <message>
        <source>the report's day, to which lateness is counted (default: today in the room)</source>
        <translation>يوم التقرير الذي يُحسب التأخير حتى بلوغه (الافتراضي: اليوم في الغرفة)</translation>
    </message>
    <message>
        <source>the sheet to import</source>
        <translation>الورقة المراد استيرادها</translation>
    </message>
    <message>
        <source>the shift whose coverage colours the centres</source>
        <translation>الوجبة التي تلوّن تغطيتُها المراكز</translation>
    </message>
    <message>
        <source>the shift's number (ghurfa coverage lists them)</source>
        <translation>رقم الوجبة (يسردها الأمر ghurfa coverage)</translation>
    </message>
    <message>
        <source>the table {table} is missing</source>
        <translation>الجدول {table} مفقود</translation>
    </message>
    <message>
        <source>the table {table} is not the program's</source>
        <translation>الجدول {table} ليس من جداول البرنامج</translation>
    </message>
    <message>
        <source>the unique rule {constraint} of the table {table} is missing</source>
        <translation>قيد التفرّد {constraint} في الجدول {table} مفقود</translation>
    </message>
    <message>
        <source>the unique rule {constraint} of the table {table} is not the program's</source>
        <translation>قيد التفرّد {constraint} في الجدول {table} ليس من قيود البرنامج</translation>
    </message>
    <message>
        <source>what the user may do</source>
        <translation>ما يحق للمستخدم فعله</translation>
    </message>
    <message>
        <source>where there are too few, bring the most centres to their minimum rather than the most dangerous first</source>
        <translation>عند قلة المتاحين، إيصال أكبر عدد من المراكز إلى حدها الأدنى بدلاً من البدء بأشدها خطورة</translation>
    </message>
    <message>
        <source>write the good rows even if some are rejected</source>
        <translation>اكتب الصفوف السليمة وإن رُفض بعضها</translation>
    </message>
    <message>
        <source>write the map of the centres to an HTML file</source>
        <translation>اكتب خريطة المراكز في ملف HTML</translation>
    </message>
    <message>
        <source>write the rejected rows, with a reason column, to this workbook</source>
        <translation>اكتب الصفوف المرفوضة مع عمود للسبب في هذا المصنف</translation>
    </message>
    <message>
        <source>{centres} centres, {posts} posts, {incidents} incidents on the map.</source>
        <translation>على الخريطة: المراكز {centres}، النقاط الأمنية {posts}، الحوادث {incidents}.</translation>
    </message>
    <message>
        <source>{count} assignment orders written in: {path}</source>
        <translation>أوامر التنسيب المكتوبة: {count}، في: {path}</translation>
    </message>
    <message>
        <source>{count} centres have no coordinates and are not on the map.</source>
        <translation>{count} من المراكز بلا إحداثيات فلا تظهر على الخريطة.</translation>
    </message>
    <message>
        <source>{count} directives; today is {today} in the room.</source>
        <translation>عدد التوجيهات: {count}؛ واليوم في الغرفة {today}.</translation>
    </message>
    <message>
        <source>{count} rows of {table} have a {column} that the program does not know</source>
        <translation>{count} من سجلات {table} فيها قيمة للحقل {column} لا يعرفها البرنامج</translation>
    </message>
    <message>
        <source>{count} rows would be rejected, and then nothing would be written. Correct them, or import the others with --skip-invalid.</source>
        <translation>الصفوف التي ستُرفض: {count}، وعندها لن يُكتب شيء. صحّحها، أو استورد البقية بالخيار ‎--skip-invalid.</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}</source>
        <translation>{file}، الورقة {sheet}</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} أو {second}</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <translation>{first}، {second}</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}؛ {second}</translation>
    </message>
    <message>
        <source>{ids} and {count} more</source>
        <translation>{ids} و{count} غيرها</translation>
    </message>
    <message>
        <source>{id}  [{status}]  {due}{late}  {directive} — {responsible}</source>
        <translation>{id}  [{status}]  {due}{late}  {directive} — {responsible}</translation>
    </message>
    <message>
        <source>{kind} deleted: {ids}</source>
        <translation>حُذف من {kind}: {ids}</translation>
    </message>
    <message>
        <source>{kind}: all</source>
        <translation>{kind}: الكل</translation>
    </message>
    <message>
        <source>{kind}: {ids}</source>
        <translation>{kind}: {ids}</translation>
    </message>
    <message>
        <source>{shift}  {date} {label} ({hours}): fully covered: {full}, partly: {partial}, not covered: {none}.</source>
        <translation>{shift}  {date} {label} ({hours}): مغطاة بالكامل: {full}، جزئياً: {partial}، غير مغطاة: {none}.</translation>
    </message>
    <message>
        <source>{source}: header on row {row}; election: {election}.</source>
        <translation>{source}: العناوين في الصف {row}؛ الانتخابات: {election}.</translation>
    </message>
    <message>
        <source>{time}  {workstation}  {user}  {changes}</source>
        <translation>{time}  {workstation}  {user}  {changes}</translation>
    </message>
    <message>
        <source>{value} is not a number of seconds above zero</source>
        <translation>{value} ليس عدداً من الثواني أكبر من الصفر</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} ليس عدداً صحيحاً</translation>
    </message>
    <message>
        <source>{value} is not a whole number above zero</source>
        <translation>{value} ليس عدداً صحيحاً أكبر من الصفر</translation>
    </message>
    <message>
        <source>The audit trail holds: entries chained: {count}</source>
        <translation>سجل التدقيق سليم: القيود المتسلسلة: {count}</translation>
    </message>
    <message>
        <source>its fields no longer give its hash: it was changed after it was written</source>
        <translation>حقوله لم تعد تعطي بصمته: غُيّر بعد كتابته</translation>
    </message>
    <message>
        <source>it does not name the entry before it: an entry before it was removed or rewritten, or this one was slipped in</source>
        <translation>لا يشير إلى القيد الذي قبله: حُذف قيد قبله أو أُعيدت كتابته، أو أُدخل هذا القيد دسًّا</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry {id} ({at} UTC): {what}</source>
        <translation>سلسلة سجل التدقيق مكسورة عند القيد {id} ({at} بالتوقيت العالمي): {what}</translation>
    </message>
    <message>
        <source>Backed up {name} to {file} ({size}).</source>
        <translation>نُسخت {name} احتياطياً إلى {file} ‏({size}).</translation>
    </message>
    <message>
        <source>Restored {file} into {name} (schema revision {revision}).</source>
        <translation>استُعيدت النسخة {file} إلى {name} (مراجعة المخطط: {revision}).</translation>
    </message>
    <message>
        <source>If the program is open, close it and start it again to work on the restored data.</source>
        <translation>إن كان البرنامج مفتوحاً فأغلقه وشغّله من جديد ليعمل على البيانات المستعادة.</translation>
    </message>
    <message>
        <source>Backups folder: {folder}</source>
        <translation>مجلد النسخ الاحتياطية: {folder}</translation>
    </message>
    <message>
        <source>The backup was of an older version; its schema was brought up to date (revision {revision}).</source>
        <translation>النسخة من إصدار أقدم؛ وقد حُدّث مخططها (المراجعة: {revision}).</translation>
    </message>
    <message>
        <source>The database it replaced is kept at {file}.</source>
        <translation>قاعدة البيانات التي حلّت محلها محفوظة في {file}.</translation>
    </message>
    <message>
        <source>back up the database, also while the program is in use</source>
        <translation>انسخ قاعدة البيانات احتياطياً، ولو كان البرنامج قيد الاستعمال</translation>
    </message>
    <message>
        <source>the file to write the backup to</source>
        <translation>الملف الذي تُكتب فيه النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>list the automatic backups, newest first</source>
        <translation>اعرض النسخ الاحتياطية التلقائية، الأحدث أولاً</translation>
    </message>
    <message>
        <source>replace the database by a backup, once checked</source>
        <translation>استبدل قاعدة البيانات بنسخة احتياطية بعد فحصها</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>النسخة الاحتياطية المراد استعادتها</translation>
    </message>
    <message>
        <source>No automatic backups yet.</source>
        <translation>لا توجد نسخ احتياطية تلقائية بعد.</translation>
    </message>
    <message>
        <source>Centre {centre} has {count} commanders in shift {shift}; one is the rule.</source>
        <translation>للمركز {centre} في الوجبة {shift} آمرون عددهم: {count}؛ والقاعدة آمر واحد.</translation>
    </message>
    <message>
        <source>…and {count} more breaches of the program's rules.</source>
        <translation>…ومخالفات أخرى لقواعد البرنامج، عددها: {count}.</translation>
    </message>
    <message>
        <source>The approved minutes of meeting {meeting} no longer match their seal: they were changed after approval.</source>
        <translation>محضر الاجتماع {meeting} المعتمد لم يعد يطابق بصمته: غُيّر بعد الاعتماد.</translation>
    </message>
    <message>
        <source>Person {person} is on duty twice at once: assignments {first} and {second} (shifts {first_shift} and {second_shift}).</source>
        <translation>المنتسب {person} في واجبين في وقت واحد: التنسيبان {first} و{second} (الوجبتان {first_shift} و{second_shift}).</translation>
    </message>
    <message>
        <source>  {count} service numbers were stored as numbers in the workbook (any leading zeros were lost there); {restored} of them matched a stored number with its zeros.</source>
        <translation>  أرقام إحصائية خُزّنت في المصنف أرقاماً: {count} (فضاعت فيها أي أصفار في أولها)؛ طابق {restored} منها رقماً مسجلاً بأصفاره.</translation>
    </message>
    <message>
        <source>officers and personnel, by service number (.xlsx or .csv)</source>
        <translation>الضباط والمنتسبون، بالرقم الإحصائي (‎.xlsx أو ‎.csv)</translation>
    </message>
    <message>
        <source>{source}: header on row {row}.</source>
        <translation>{source}: العناوين في الصف {row}.</translation>
    </message>
    <message>
        <source>{file} is {size} MB; printed minutes are far smaller (at most {limit} MB are read).</source>
        <translation>حجم {file}: {size} ميغابايت؛ والمحاضر المطبوعة أصغر بكثير (يُقرأ {limit} ميغابايت على الأكثر).</translation>
    </message>
</context>
<context>
    <name>ImportWarning</name>
    <message>
        <source>The latitude {latitude} and longitude {longitude} look swapped: {latitude} is a longitude of Iraq's and {longitude} a latitude. The row was taken as written; check its coordinates.</source>
        <translation>يبدو أن خط العرض {latitude} وخط الطول {longitude} مُبدَّلان: {latitude} من خطوط طول العراق و{longitude} من دوائر عرضه. أُخذ الصف كما كُتب؛ راجِع إحداثياته.</translation>
    </message>
</context>
</TS>
