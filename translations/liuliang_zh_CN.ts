<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DisplayNames</name>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>意向客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>成交客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>gender</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>gender</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Chat</source>
        <comment>WeChat conversation</comment>
        <translation>微信聊天</translation>
    </message>
    <message>
        <source>Visit</source>
        <comment>store or home visit</comment>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>text message</comment>
        <translation>短信</translation>
    </message>
    <message>
        <source>Ad lead form</source>
        <translation>广告表单</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Store walk-in</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>source channel</comment>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ReminderTexts</name>
    <message>
        <source>Product run-out</source>
        <translation>商品用完</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Not contacted for a while</source>
        <translation>久未联系</translation>
    </message>
    <message>
        <source>New lead waiting</source>
        <translation>新线索待联系</translation>
    </message>
    <message>
        <source>Custom date</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>Due when the last purchase of a product runs out (its cycle × quantity), minus the lead days.</source>
        <translation>在最近一次购买的商品用完时（使用周期 × 数量）到期，再减去提前天数。</translation>
    </message>
    <message>
        <source>Due the lead days before each birthday.</source>
        <translation>在每次生日前按提前天数到期。</translation>
    </message>
    <message>
        <source>Due the lead days before each holiday of the holiday list.</source>
        <translation>在节日列表中每个节日前按提前天数到期。</translation>
    </message>
    <message>
        <source>Due after the given number of days without contact.</source>
        <translation>在超过设定天数未联系后到期。</translation>
    </message>
    <message>
        <source>Due when a new lead has not been contacted within the given hours.</source>
        <translation>新线索在设定小时数内未被联系时到期。</translation>
    </message>
    <message>
        <source>Due the lead days before the date in a custom field of the customer.</source>
        <translation>在客户自定义日期字段中的日期前按提前天数到期。</translation>
    </message>
    <message>
        <source>Birthday on %1</source>
        <translation>生日 %1</translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <translation>上次联系 %1</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <source>Not contacted yet</source>
        <translation>尚未联系</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n day(s) overdue</source>
        <translation>
            <numerusform>%1 · 已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · today</source>
        <translation>%1 · 今天</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>接手客户</translation>
    </message>
    <message>
        <source>Due the lead days after a customer was handed over to you; answered by your first follow-up.</source>
        <translation>客户交接给您后经过提前天数到期；您的第一次跟进即视为已处理。</translation>
    </message>
    <message>
        <source>Taken over from a colleague</source>
        <translation>从同事处接手</translation>
    </message>
    <message>
        <source>Taken over from %1</source>
        <translation>从%1处接手</translation>
    </message>
</context>
<context>
    <name>ll::BlobStore</name>
    <message>
        <source>No file at %1</source>
        <translation>%1 处没有文件</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 changed while it was being added; try again.</source>
        <translation>%1 在添加过程中被修改了，请重试。</translation>
    </message>
    <message>
        <source>The content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>The file of this material is not on this device yet.</source>
        <translation>此素材的文件还不在这台设备上。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The stored file is damaged; it was not exported.</source>
        <translation>保存的文件已损坏，未导出。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The stored file is damaged.</source>
        <translation>保存的文件已损坏。</translation>
    </message>
    <message>
        <source>%1 is %2; files of at most %3 can be added to the library.</source>
        <translation>%1 大小为 %2，素材库只能添加不超过 %3 的文件。</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>ll::ContactExport</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
</context>
<context>
    <name>ll::ContactFieldRepository</name>
    <message>
        <source>Field name %1 must be 1 to %2 letters, digits or _</source>
        <translation>字段名 %1 必须是 1 到 %2 个字母、数字或 _</translation>
    </message>
    <message>
        <source>Field value</source>
        <translation>字段值</translation>
    </message>
</context>
<context>
    <name>ll::ContactRepository</name>
    <message>
        <source>A contact cannot be merged into itself</source>
        <translation>客户不能合并到自己</translation>
    </message>
    <message>
        <source>A new contact has no phone numbers to remove</source>
        <translation>新客户没有可移除的号码</translation>
    </message>
    <message>
        <source>A contact needs at least a name, a nickname, a WeChat ID or a phone number</source>
        <translation>客户至少需要姓名、昵称、微信号或手机号之一</translation>
    </message>
    <message>
        <source>A contact can have at most %1 phone numbers</source>
        <translation>一位客户最多有 %1 个号码</translation>
    </message>
    <message>
        <source>No tag with id %1</source>
        <translation>没有 ID 为 %1 的标签</translation>
    </message>
    <message>
        <source>Unknown stage %1 (use one of: %2)</source>
        <translation>未知阶段 %1（可选：%2）</translation>
    </message>
    <message>
        <source>The merged notes would be longer than %1 characters; shorten one of them first</source>
        <translation>合并后的备注会超过 %1 个字符，请先缩短其中一条</translation>
    </message>
    <message>
        <source>The merged points are out of range</source>
        <translation>合并后的积分超出范围</translation>
    </message>
    <message>
        <source>Phone number %1 is not on this contact</source>
        <translation>此客户没有号码 %1</translation>
    </message>
    <message>
        <source>No staff member with id %1</source>
        <translation>没有 ID 为 %1 的员工</translation>
    </message>
    <message>
        <source>No store with id %1</source>
        <translation>没有 ID 为 %1 的门店</translation>
    </message>
    <message>
        <source>No contact with row %1</source>
        <translation>没有行号为 %1 的客户</translation>
    </message>
    <message>
        <source>No contact with id %1</source>
        <translation>没有 ID 为 %1 的客户</translation>
    </message>
    <message>
        <source>Contact %1 was merged into contact %2</source>
        <translation>客户 %1 已合并到客户 %2</translation>
    </message>
    <message>
        <source>Contact %1 was deleted</source>
        <translation>客户 %1 已删除</translation>
    </message>
    <message>
        <source>%1 is not a contact id (give the full id or its first %2 characters)</source>
        <translation>%1 不是客户 ID（请给出完整 ID 或其前 %2 个字符）</translation>
    </message>
    <message>
        <source>Id prefix %1 matches several contacts; give more characters</source>
        <translation>ID 前缀 %1 匹配多位客户，请多给几个字符</translation>
    </message>
    <message>
        <source>Invalid phone number %1: %2</source>
        <translation>号码 %1 无效：%2</translation>
    </message>
    <message>
        <source>Invalid phone number %1: extensions cannot be stored; put the extension in the notes</source>
        <translation>号码 %1 无效：不能保存分机号，请把分机号写在备注里</translation>
    </message>
    <message>
        <source>A contact can have at most %1 phone numbers; %2 were given</source>
        <translation>一位客户最多有 %1 个号码，这里给了 %2 个</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>WeChat ID %1 may contain only letters, digits and _ - . @ +</source>
        <translation>微信号 %1 只能包含字母、数字和 _ - . @ +</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Unknown gender %1 (use female, male, other or leave empty)</source>
        <translation>未知性别 %1（请用 female、male、other 或留空）</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Birthday %1 is in the future</source>
        <translation>生日 %1 晚于今天</translation>
    </message>
    <message>
        <source>Birthday %1 is before 1900</source>
        <translation>生日 %1 早于 1900 年</translation>
    </message>
    <message>
        <source>Intent level must be 0 to 3, not %1</source>
        <translation>意向等级必须是 0 到 3，而不是 %1</translation>
    </message>
    <message>
        <source>Points %1 are out of range</source>
        <translation>积分 %1 超出范围</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>归属导购</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
</context>
<context>
    <name>ll::Database</name>
    <message>
        <source>No store at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file; refusing to use it.</source>
        <translation>%1 是未加密的 SQLite 文件，拒绝使用。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The store was written unencrypted; refusing to continue.</source>
        <translation>数据库被以未加密方式写入，拒绝继续。</translation>
    </message>
    <message>
        <source>SQLCipher is not active in this build; refusing to open the store.</source>
        <translation>此版本中 SQLCipher 未生效，拒绝打开数据库。</translation>
    </message>
    <message>
        <source>The store cannot be decrypted with this key, or it is damaged.</source>
        <translation>无法用此密钥解密数据库，或数据库已损坏。</translation>
    </message>
    <message>
        <source>Foreign key violation in %1</source>
        <translation>%1 中存在外键冲突</translation>
    </message>
    <message>
        <source>The store file is not encrypted.</source>
        <translation>数据库文件未加密。</translation>
    </message>
    <message>
        <source>SQLCipher is not active.</source>
        <translation>SQLCipher 未生效。</translation>
    </message>
</context>
<context>
    <name>ll::FieldChecks</name>
    <message>
        <source>%1 contains a broken character at position %2</source>
        <translation>%1 在第 %2 个位置有损坏的字符</translation>
    </message>
    <message>
        <source>%1 contains the replacement character U+FFFD at position %2; the text was probably decoded with the wrong encoding</source>
        <translation>%1 在第 %2 个位置含有替换字符 U+FFFD，文本可能用错了编码</translation>
    </message>
    <message>
        <source>%1 contains the control character U+%2 at position %3</source>
        <translation>%1 在第 %3 个位置含有控制字符 U+%2</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 不能为空</translation>
    </message>
    <message>
        <source>%1 is not a valid id: %2</source>
        <translation>%1 不是有效的 ID：%2</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD: %2</source>
        <translation>%1 必须是 YYYY-MM-DD 格式的日期：%2</translation>
    </message>
</context>
<context>
    <name>ll::FollowUpRepository</name>
    <message>
        <source>Unknown follow-up kind %1 (use one of: %2)</source>
        <translation>未知跟进方式 %1（可选：%2）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>素材</translation>
    </message>
    <message>
        <source>A follow-up cannot happen in the future (%1)</source>
        <translation>跟进时间不能晚于现在（%1）</translation>
    </message>
    <message>
        <source>Follow-up time %1 is implausibly early</source>
        <translation>跟进时间 %1 早得不合理</translation>
    </message>
</context>
<context>
    <name>ll::HolidayCalendar</name>
    <message>
        <source>Only managers and admins can edit the holiday list.</source>
        <translation>只有主管和管理员可以编辑节日列表。</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>节日名称</translation>
    </message>
    <message>
        <source>A holiday needs a valid date.</source>
        <translation>节日需要有效日期。</translation>
    </message>
    <message>
        <source>No holiday with id %1</source>
        <translation>没有 ID 为 %1 的节日</translation>
    </message>
    <message>
        <source>Year %1 is out of range</source>
        <translation>年份 %1 超出范围</translation>
    </message>
</context>
<context>
    <name>ll::KeyVault</name>
    <message>
        <source>A data key must be exactly 32 bytes.</source>
        <translation>数据密钥必须正好 32 字节。</translation>
    </message>
    <message>
        <source>The key file is damaged (%1).</source>
        <translation>密钥文件已损坏（%1）。</translation>
    </message>
    <message>
        <source>No key file at %1.</source>
        <translation>%1 处没有密钥文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>No profile at %1.</source>
        <translation>%1 处没有资料库。</translation>
    </message>
    <message>
        <source>Another Liuliang process is changing the key.</source>
        <translation>另一个留量进程正在修改密钥。</translation>
    </message>
    <message>
        <source>Cannot lock %1.</source>
        <translation>无法锁定 %1。</translation>
    </message>
    <message>
        <source>This key does not belong to this profile.</source>
        <translation>此密钥不属于这个资料库。</translation>
    </message>
    <message>
        <source>The system keychain is unavailable: %1</source>
        <translation>系统钥匙串不可用：%1</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>密码不能为空。</translation>
    </message>
    <message>
        <source>The key derivation parameters are out of range.</source>
        <translation>密钥派生参数超出范围。</translation>
    </message>
    <message>
        <source>Choose a passphrase, the system keychain, or both.</source>
        <translation>请选择密码、系统钥匙串，或两者都用。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>%1 already holds a profile.</source>
        <translation>%1 中已有资料库。</translation>
    </message>
    <message>
        <source>The system keychain is unavailable (%1); the key is protected by the passphrase only.</source>
        <translation>系统钥匙串不可用（%1），密钥仅由密码保护。</translation>
    </message>
    <message>
        <source>This profile has no passphrase.</source>
        <translation>此资料库没有设置密码。</translation>
    </message>
    <message>
        <source>The key file is inconsistent.</source>
        <translation>密钥文件前后不一致。</translation>
    </message>
    <message>
        <source>This profile does not keep its key in the system keychain.</source>
        <translation>此资料库没有把密钥存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>The system keychain has no key for this profile.</source>
        <translation>系统钥匙串中没有此资料库的密钥。</translation>
    </message>
    <message>
        <source>The system keychain entry does not hold this profile&apos;s key.</source>
        <translation>系统钥匙串中的条目不是此资料库的密钥。</translation>
    </message>
    <message>
        <source>Set a passphrase before removing the key from the keychain.</source>
        <translation>从钥匙串移除密钥之前，请先设置密码。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>内存不足，无法从密码派生密钥。</translation>
    </message>
    <message>
        <source>Cannot wrap the data key.</source>
        <translation>无法封装数据密钥。</translation>
    </message>
    <message>
        <source>The crypto library is unavailable.</source>
        <translation>加密库不可用。</translation>
    </message>
    <message>
        <source>The key file is damaged.</source>
        <translation>密钥文件已损坏。</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the key file was modified.</source>
        <translation>密码错误，或密钥文件被改动过。</translation>
    </message>
</context>
<context>
    <name>ll::LeadImporter</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>The header row is malformed: %1</source>
        <translation>表头行格式错误：%1</translation>
    </message>
    <message>
        <source>No column holds a phone number or WeChat ID (columns: %1); map one with --map COLUMN=phone</source>
        <translation>没有任何列包含手机号或微信号（列：%1），请用 --map 列名=phone 指定</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The row contains bytes that are not valid %1 text</source>
        <translation>此行包含不是有效 %1 文本的字节</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>读取文件失败：%1</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation>第 %1 行开始的引号字段没有闭合</translation>
    </message>
    <message>
        <source>No staff member with id %1</source>
        <translation>没有 ID 为 %1 的员工</translation>
    </message>
    <message>
        <source>Staff member %1 has left and cannot receive leads</source>
        <translation>员工 %1 已离职，不能再分配线索</translation>
    </message>
    <message>
        <source>There are no active guides to allocate leads to</source>
        <translation>没有在职导购可以分配线索</translation>
    </message>
    <message>
        <source>Unknown field %1 for column %2 (use one of: %3)</source>
        <translation>列 %2 的字段 %1 未知（可选：%3）</translation>
    </message>
    <message>
        <source>The file has no column %1</source>
        <translation>文件中没有列 %1</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header has %2</source>
        <translation>此行有 %1 个字段，但表头有 %2 个</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters (at most %3)</source>
        <translation>%1 太长：%2 个字符（最多 %3 个）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Invalid WeChat ID %1: only letters, digits and _ - . @ + are allowed</source>
        <translation>微信号 %1 无效：只能包含字母、数字和 _ - . @ +</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Invalid phone number %1: %2</source>
        <translation>号码 %1 无效：%2</translation>
    </message>
    <message>
        <source>Too many phone numbers: %1 (at most %2)</source>
        <translation>号码太多：%1 个（最多 %2 个）</translation>
    </message>
    <message>
        <source>Only a landline or service number (%1), which does not identify a person: a mobile number or WeChat ID is needed</source>
        <translation>只有座机或服务号码（%1），无法确定是哪个人：需要手机号或微信号</translation>
    </message>
    <message>
        <source>Neither a mobile number nor a WeChat ID</source>
        <translation>既没有手机号也没有微信号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Unknown text encoding %1</source>
        <translation>未知文本编码 %1</translation>
    </message>
    <message>
        <source>The text cannot be written in %1</source>
        <translation>文本无法用 %1 编码写出</translation>
    </message>
</context>
<context>
    <name>ll::MaterialLibrary</name>
    <message>
        <source>Only managers and admins can add team materials.</source>
        <translation>只有主管和管理员可以添加团队素材。</translation>
    </message>
    <message>
        <source>Sign in before adding a personal material.</source>
        <translation>添加个人素材前请先登录。</translation>
    </message>
    <message>
        <source>Unknown material kind %1 (use one of: %2)</source>
        <translation>未知素材类型 %1（可选：%2）</translation>
    </message>
    <message>
        <source>A material of kind %1 needs a file.</source>
        <translation>%1 类型的素材需要文件。</translation>
    </message>
    <message>
        <source>Team materials are read-only for guides.</source>
        <translation>团队素材对导购只读。</translation>
    </message>
    <message>
        <source>This material belongs to another guide.</source>
        <translation>此素材属于另一位导购。</translation>
    </message>
    <message>
        <source>The kind and the file of a material cannot change; add a new material instead.</source>
        <translation>素材的类型和文件不能修改，请新增一个素材。</translation>
    </message>
    <message>
        <source>You cannot delete this material.</source>
        <translation>您不能删除此素材。</translation>
    </message>
    <message>
        <source>No material with id %1</source>
        <translation>没有 ID 为 %1 的素材</translation>
    </message>
    <message>
        <source>This material has no cover image.</source>
        <translation>此素材没有封面图。</translation>
    </message>
    <message>
        <source>This material has no file (it is a %1).</source>
        <translation>此素材没有文件（它是%1）。</translation>
    </message>
    <message>
        <source>This material has no file.</source>
        <translation>此素材没有文件。</translation>
    </message>
    <message>
        <source>Unknown use %1 (copy, save, open or send)</source>
        <translation>未知用途 %1（copy、save、open 或 send）</translation>
    </message>
    <message>
        <source>Only managers and admins can purge unused files.</source>
        <translation>只有主管和管理员可以清理未使用的文件。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>A material can have at most %1 tags</source>
        <translation>一个素材最多有 %1 个标签</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>%1 is not a web address (http:// or https://)</source>
        <translation>%1 不是网址（需以 http:// 或 https:// 开头）</translation>
    </message>
    <message>
        <source>A link needs its web address.</source>
        <translation>链接需要填写网址。</translation>
    </message>
    <message>
        <source>A mini program needs its app id: wx followed by 16 hex digits, not %1</source>
        <translation>小程序需要 AppID：wx 加 16 位十六进制数字，而不是 %1</translation>
    </message>
    <message>
        <source>Page path</source>
        <translation>页面路径</translation>
    </message>
    <message>
        <source>The page path is a path inside the mini program, e.g. pages/index/index</source>
        <translation>页面路径是小程序内部的路径，例如 pages/index/index</translation>
    </message>
</context>
<context>
    <name>ll::Migrator</name>
    <message>
        <source>The store was written by a newer Liuliang (schema %1); please update the application.</source>
        <translation>数据库由更新版本的留量写入（结构版本 %1），请升级应用。</translation>
    </message>
</context>
<context>
    <name>ll::NotesConflicts</name>
    <message>
        <source>No open notes conflict with id %1 (already resolved, or the contact is gone)</source>
        <translation>没有编号为 %1 的待处理备注冲突（已处理，或该客户已不存在）</translation>
    </message>
</context>
<context>
    <name>ll::OrgRepository</name>
    <message>
        <source>Organisation name</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <source>No organisation has been set up yet</source>
        <translation>尚未设置组织</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>No staff member with id %1</source>
        <translation>没有 ID 为 %1 的员工</translation>
    </message>
    <message>
        <source>Staff name</source>
        <translation>员工姓名</translation>
    </message>
    <message>
        <source>Unknown role %1 (use guide, manager or admin)</source>
        <translation>未知角色 %1（请用 guide、manager 或 admin）</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>No store with id %1</source>
        <translation>没有 ID 为 %1 的门店</translation>
    </message>
</context>
<context>
    <name>ll::PhoneNumber</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>号码为空。</translation>
    </message>
    <message>
        <source>The extension must be 1 to 6 digits.</source>
        <translation>分机号必须是 1 到 6 位数字。</translation>
    </message>
    <message>
        <source>The phone number contains “%1”, which is not a digit.</source>
        <translation>号码中含有“%1”，它不是数字。</translation>
    </message>
    <message>
        <source>The phone number contains no digits.</source>
        <translation>号码中没有数字。</translation>
    </message>
    <message>
        <source>An international number must have 5 to 20 digits.</source>
        <translation>国际号码必须有 5 到 20 位数字。</translation>
    </message>
    <message>
        <source>A mobile number cannot have an extension.</source>
        <translation>手机号不能带分机号。</translation>
    </message>
    <message>
        <source>After +86 a Chinese mobile or landline number is expected.</source>
        <translation>+86 后面应是中国的手机号或座机号。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; this one has %1.</source>
        <translation>手机号是 11 位，这个号码有 %1 位。</translation>
    </message>
    <message>
        <source>This is not a valid mobile number: mobile numbers start with 13 to 19.</source>
        <translation>这不是有效的手机号：手机号以 13 到 19 开头。</translation>
    </message>
    <message>
        <source>The phone number is too short (%1 digits, at least 5).</source>
        <translation>号码太短（%1 位，至少 5 位）。</translation>
    </message>
    <message>
        <source>The phone number is too long (%1 digits, at most 20).</source>
        <translation>号码太长（%1 位，最多 20 位）。</translation>
    </message>
</context>
<context>
    <name>ll::ProductRepository</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>SKU %1 may contain only letters, digits and _ . : / # + -</source>
        <translation>SKU %1 只能包含字母、数字和 _ . : / # + -</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Consumption cycle must be 0 to %1 days, not %2</source>
        <translation>使用周期必须是 0 到 %1 天，而不是 %2</translation>
    </message>
    <message>
        <source>A product with SKU %1 already exists</source>
        <translation>SKU 为 %1 的商品已存在</translation>
    </message>
    <message>
        <source>No product with id or SKU %1</source>
        <translation>没有 ID 或 SKU 为 %1 的商品</translation>
    </message>
    <message>
        <source>Quantity must be 1 to %1, not %2</source>
        <translation>数量必须是 1 到 %1，而不是 %2</translation>
    </message>
    <message>
        <source>Amount %1 is out of range</source>
        <translation>金额 %1 超出范围</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Purchase date %1 is in the future</source>
        <translation>购买日期 %1 晚于今天</translation>
    </message>
</context>
<context>
    <name>ll::Profile</name>
    <message>
        <source>Cannot create the profile directory %1.</source>
        <translation>无法创建资料库目录 %1。</translation>
    </message>
    <message>
        <source>Cannot restrict permissions of %1.</source>
        <translation>无法限制 %1 的访问权限。</translation>
    </message>
    <message>
        <source>A profile already exists in %1; unlock it instead of creating a new one.</source>
        <translation>%1 中已有资料库，请解锁它，而不是新建。</translation>
    </message>
    <message>
        <source>The key was found but the store %1 is missing.</source>
        <translation>找到了密钥，但数据库 %1 不见了。</translation>
    </message>
    <message>
        <source>No profile in %1. Run init first.</source>
        <translation>%1 中没有资料库，请先运行 init。</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
</context>
<context>
    <name>ll::ReminderEngine</name>
    <message>
        <source>No current reminder with id %1</source>
        <translation>没有 ID 为 %1 的当前提醒</translation>
    </message>
    <message>
        <source>Snooze until a day after %1</source>
        <translation>推迟到 %1 之后的某一天</translation>
    </message>
</context>
<context>
    <name>ll::RuleRepository</name>
    <message>
        <source>Unknown stage %1 (use one of: %2)</source>
        <translation>未知阶段 %1（可选：%2）</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>规则名称</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Suggested script</source>
        <translation>推荐话术</translation>
    </message>
    <message>
        <source>Lead days must be 0 to %1, not %2</source>
        <translation>提前天数必须是 0 到 %1，而不是 %2</translation>
    </message>
    <message>
        <source>A rule can be scoped to at most %1 tags or stores</source>
        <translation>一条规则最多限定 %1 个标签或门店</translation>
    </message>
    <message>
        <source>A dormant rule needs 1 to %1 days without contact, not %2</source>
        <translation>沉睡规则需要 1 到 %1 天未联系，而不是 %2</translation>
    </message>
    <message>
        <source>A lead response rule needs 1 to %1 hours, not %2</source>
        <translation>线索响应规则需要 1 到 %1 小时，而不是 %2</translation>
    </message>
    <message>
        <source>Date field</source>
        <translation>日期字段</translation>
    </message>
    <message>
        <source>Only managers and admins can add team rules.</source>
        <translation>只有主管和管理员可以添加团队规则。</translation>
    </message>
    <message>
        <source>Sign in before adding a personal rule.</source>
        <translation>添加个人规则前请先登录。</translation>
    </message>
    <message>
        <source>Unknown rule kind %1 (use one of: %2)</source>
        <translation>未知规则类型 %1（可选：%2）</translation>
    </message>
    <message>
        <source>Team rules can be changed by managers and admins only.</source>
        <translation>团队规则只能由主管和管理员修改。</translation>
    </message>
    <message>
        <source>This rule belongs to another guide.</source>
        <translation>此规则属于另一位导购。</translation>
    </message>
    <message>
        <source>The kind of a rule cannot change; add a new rule instead.</source>
        <translation>规则类型不能修改，请新增一条规则。</translation>
    </message>
    <message>
        <source>You cannot delete this rule.</source>
        <translation>您不能删除此规则。</translation>
    </message>
    <message>
        <source>No reminder rule with id %1</source>
        <translation>没有 ID 为 %1 的提醒规则</translation>
    </message>
</context>
<context>
    <name>ll::ScriptLibrary</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Script text</source>
        <translation>话术内容</translation>
    </message>
    <message>
        <source>A script can have at most %1 tags</source>
        <translation>一条话术最多有 %1 个标签</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>The script contains sensitive words: %1</source>
        <translation>话术包含敏感词：%1</translation>
    </message>
    <message>
        <source>Only managers and admins can add team scripts.</source>
        <translation>只有主管和管理员可以添加团队话术。</translation>
    </message>
    <message>
        <source>Sign in before adding a personal script.</source>
        <translation>添加个人话术前请先登录。</translation>
    </message>
    <message>
        <source>Unknown script category %1 (use one of: %2)</source>
        <translation>未知话术分类 %1（可选：%2）</translation>
    </message>
    <message>
        <source>Team scripts are read-only for guides.</source>
        <translation>团队话术对导购只读。</translation>
    </message>
    <message>
        <source>This script belongs to another guide.</source>
        <translation>此话术属于另一位导购。</translation>
    </message>
    <message>
        <source>You cannot delete this script.</source>
        <translation>您不能删除此话术。</translation>
    </message>
    <message>
        <source>No script with id %1</source>
        <translation>没有 ID 为 %1 的话术</translation>
    </message>
</context>
<context>
    <name>ll::ScriptTemplate</name>
    <message>
        <source>Unknown placeholders: %1.</source>
        <translation>未知占位符：%1。</translation>
    </message>
    <message>
        <source>No value for this customer: %1.</source>
        <translation>此客户没有以下值：%1。</translation>
    </message>
    <message>
        <source>position %1 (&quot;%2&quot;)</source>
        <translation>第 %1 个位置（“%2”）</translation>
    </message>
    <message>
        <source>Unpaired brace at %1; write {{ or }} for a literal brace.</source>
        <translation>%1 处的花括号不成对；要写字面花括号请用 {{ 或 }}。</translation>
    </message>
</context>
<context>
    <name>ll::SensitiveWords</name>
    <message>
        <source>The text contains sensitive words: %1</source>
        <translation>文本包含敏感词：%1</translation>
    </message>
    <message>
        <source>Only managers and admins can edit the sensitive-word list.</source>
        <translation>只有主管和管理员可以编辑敏感词列表。</translation>
    </message>
    <message>
        <source>Sensitive word</source>
        <translation>敏感词</translation>
    </message>
    <message>
        <source>%1 is already in the list as %2</source>
        <translation>%1 已作为 %2 在列表中</translation>
    </message>
    <message>
        <source>%1 is not in the sensitive-word list</source>
        <translation>%1 不在敏感词列表中</translation>
    </message>
</context>
<context>
    <name>ll::TagRepository</name>
    <message>
        <source>Tag group name</source>
        <translation>标签组名称</translation>
    </message>
    <message>
        <source>Colour %1 must be written #rrggbb</source>
        <translation>颜色 %1 必须写成 #rrggbb</translation>
    </message>
    <message>
        <source>A tag group named %1 already exists</source>
        <translation>名为 %1 的标签组已存在</translation>
    </message>
    <message>
        <source>No tag group with id %1</source>
        <translation>没有 ID 为 %1 的标签组</translation>
    </message>
    <message>
        <source>Tag %1 already exists in group %2</source>
        <translation>标签 %1 已在标签组 %2 中</translation>
    </message>
    <message>
        <source>Tag name must not be empty</source>
        <translation>标签名不能为空</translation>
    </message>
    <message>
        <source>Tag %1 exists in several groups; use one of: %2</source>
        <translation>标签 %1 存在于多个标签组，请使用其中之一：%2</translation>
    </message>
    <message>
        <source>No tag named %1</source>
        <translation>没有名为 %1 的标签</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>标签名</translation>
    </message>
    <message>
        <source>Tag name %1 must not contain “/”</source>
        <translation>标签名 %1 不能包含“/”</translation>
    </message>
    <message>
        <source>No tag with id %1</source>
        <translation>没有 ID 为 %1 的标签</translation>
    </message>
</context>
<context>
    <name>ll::TextLimits</name>
    <message>
        <source>%1 is too long: %2 characters (at most %3)</source>
        <translation>%1 太长：%2 个字符（最多 %3 个）</translation>
    </message>
</context>
<context>
    <name>ll::XlsxReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>the first sheet</source>
        <translation>第一个工作表</translation>
    </message>
    <message>
        <source>The first sheet of the workbook is empty</source>
        <translation>工作簿的第一个工作表为空</translation>
    </message>
    <message>
        <source>The file is not a readable Excel workbook: %1</source>
        <translation>该文件不是可读取的 Excel 工作簿：%1</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>The workbook is too large to import: %1 unpacks to more than %2. Save the sheet as CSV and import that.</source>
        <translation>工作簿太大，无法导入：%1 解压后超过 %2。请将该工作表另存为 CSV 后再导入。</translation>
    </message>
    <message>
        <source>%1 cannot be unpacked</source>
        <translation>无法解压 %1</translation>
    </message>
    <message>
        <source>%1: %2 (line %3)</source>
        <translation>%1：%2（第 %3 行）</translation>
    </message>
    <message>
        <source>%1 has a row numbered %2</source>
        <translation>%1 中有编号为 %2 的行</translation>
    </message>
    <message>
        <source>%1 has a cell at %2</source>
        <translation>%1 中有位于 %2 的单元格</translation>
    </message>
    <message>
        <source>The file %1 does not exist (any more)</source>
        <translation>文件 %1 不存在（或已被移走）</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls workbook. Save it as .xlsx or CSV and import that.</source>
        <translation>%1 是旧版 Excel .xls 工作簿。请另存为 .xlsx 或 CSV 后再导入。</translation>
    </message>
</context>
<context>
    <name>ll::cli</name>
    <message>
        <source>Unknown option &apos;%1&apos;. Options are long (--name); use -- before an argument that starts with &apos;-&apos;.</source>
        <translation>未知选项“%1”。选项使用长格式（--name）；以“-”开头的参数前请加 --。</translation>
    </message>
    <message>
        <source>Unknown option &apos;--%1&apos;.</source>
        <translation>未知选项“--%1”。</translation>
    </message>
    <message>
        <source>Option &apos;--%1&apos; given more than once.</source>
        <translation>选项“--%1”重复给出。</translation>
    </message>
    <message>
        <source>Option &apos;--%1&apos; takes no value.</source>
        <translation>选项“--%1”不带值。</translation>
    </message>
    <message>
        <source>Option &apos;--%1&apos; needs a value (%2).</source>
        <translation>选项“--%1”需要一个值（%2）。</translation>
    </message>
    <message>
        <source>--%1: expected a whole number from %2 to %3, got &apos;%4&apos;.</source>
        <translation>--%1：需要 %2 到 %3 之间的整数，实际为“%4”。</translation>
    </message>
    <message>
        <source>--%1: expected a date as YYYY-MM-DD, got &apos;%2&apos;.</source>
        <translation>--%1：需要 YYYY-MM-DD 格式的日期，实际为“%2”。</translation>
    </message>
    <message>
        <source>--%1: expected an ISO 8601 date-time such as 2026-05-01T14:30 or 2026-05-01T14:30:00+08:00, got &apos;%2&apos;.</source>
        <translation>--%1：需要 ISO 8601 日期时间，例如 2026-05-01T14:30 或 2026-05-01T14:30:00+08:00，实际为“%2”。</translation>
    </message>
    <message>
        <source>--%1: expected an amount in yuan such as 12 or 12.34, got &apos;%2&apos;.</source>
        <translation>--%1：需要以元为单位的金额，例如 12 或 12.34，实际为“%2”。</translation>
    </message>
    <message>
        <source>%1 is accessible to other users (expected owner-only permissions).</source>
        <translation>%1 可被其他用户访问（应只允许所有者访问）。</translation>
    </message>
    <message>
        <source>The store file starts with the plaintext SQLite header.</source>
        <translation>数据库文件以明文 SQLite 文件头开头。</translation>
    </message>
    <message>
        <source>PRAGMA cipher_version is empty: SQLCipher is not active.</source>
        <translation>PRAGMA cipher_version 为空：SQLCipher 未生效。</translation>
    </message>
    <message>
        <source>Profile:        %1
SQLCipher:      %2
File header:    %3
</source>
        <translation>资料库：        %1
SQLCipher：      %2
文件头：        %3
</translation>
    </message>
    <message>
        <source>PLAINTEXT</source>
        <translation>明文</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>problem: %1
</source>
        <translation>问题：%1
</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>在 %1 中发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the integrity and encryption of the store.</source>
        <translation>检查数据库的完整性和加密状态。</translation>
    </message>
    <message>
        <source>Verify the store: SQLite integrity, foreign keys, SQLCipher active, no plaintext header, owner-only permissions. Prints ok or the problems (exit code 7).</source>
        <translation>检查数据库：SQLite 完整性、外键、SQLCipher 是否生效、是否有明文文件头、是否仅所有者可访问。输出 ok 或发现的问题（退出码 7）。</translation>
    </message>
    <message>
        <source>Run &apos;liuliang-cli --help&apos; for the list of commands.
</source>
        <translation>运行“liuliang-cli --help”查看命令列表。
</translation>
    </message>
    <message>
        <source>liuliang-cli: argument %1 is not valid UTF-8; nothing was changed.
</source>
        <translation>liuliang-cli：参数 %1 不是有效的 UTF-8；未做任何修改。
</translation>
    </message>
    <message>
        <source>liuliang-cli: argument %1 is too long (more than %2 characters); nothing was changed.
</source>
        <translation>liuliang-cli：参数 %1 太长（超过 %2 个字符）；未做任何修改。
</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos; before the command.</source>
        <translation>命令前有未知选项“%1”。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1 %2&apos;. See &apos;liuliang-cli %1 --help&apos;.</source>
        <translation>未知命令“%1 %2”。请参阅“liuliang-cli %1 --help”。</translation>
    </message>
    <message>
        <source>See &apos;liuliang-cli %1 --help&apos;.</source>
        <translation>请参阅“liuliang-cli %1 --help”。</translation>
    </message>
    <message>
        <source>Wrong number of arguments: liuliang-cli %1 %2</source>
        <translation>参数个数不对：liuliang-cli %1 %2</translation>
    </message>
    <message>
        <source>liuliang-cli: warning: %1
</source>
        <translation>liuliang-cli：警告：%1
</translation>
    </message>
    <message>
        <source>--passphrase-env: the environment variable %1 is not set.</source>
        <translation>--passphrase-env：环境变量 %1 未设置。</translation>
    </message>
    <message>
        <source>--passphrase-env: %1 is not valid UTF-8.</source>
        <translation>--passphrase-env：%1 不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>--passphrase-env: %1 is empty.</source>
        <translation>--passphrase-env：%1 为空。</translation>
    </message>
    <message>
        <source>No passphrase given.</source>
        <translation>未提供密码。</translation>
    </message>
    <message>
        <source>The passphrase is not valid UTF-8.</source>
        <translation>密码不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>密码为空。</translation>
    </message>
    <message>
        <source>No profile in %1. Create one with &apos;liuliang-cli init&apos; (or pass --profile DIR).</source>
        <translation>%1 中没有资料库。请用“liuliang-cli init”创建（或传入 --profile DIR）。</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>%1 的密码： </translation>
    </message>
    <message>
        <source>The profile is locked and standard input is not a terminal: use --passphrase-env VAR or --keychain.</source>
        <translation>资料库已锁定，且标准输入不是终端：请使用 --passphrase-env VAR 或 --keychain。</translation>
    </message>
    <message>
        <source>Standard input is not a terminal: pass the new passphrase with --passphrase-env VAR, or use --keychain --no-passphrase.</source>
        <translation>标准输入不是终端：请用 --passphrase-env VAR 传入新密码，或使用 --keychain --no-passphrase。</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新密码： </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>再输一次密码： </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was created.</source>
        <translation>两次输入的密码不一致；未创建任何内容。</translation>
    </message>
    <message>
        <source>Profile directory (default: the per-user application data directory).</source>
        <translation>资料库目录（默认：当前用户的应用数据目录）。</translation>
    </message>
    <message>
        <source>Read the passphrase from environment variable VAR (for scripts and CI).</source>
        <translation>从环境变量 VAR 读取密码（用于脚本和 CI）。</translation>
    </message>
    <message>
        <source>Unlock with the key stored in the OS keychain.</source>
        <translation>用操作系统钥匙串中的密钥解锁。</translation>
    </message>
    <message>
        <source>Show help and exit.</source>
        <translation>显示帮助并退出。</translation>
    </message>
    <message>
        <source>Print JSON (stable snake_case field names).</source>
        <translation>输出 JSON（字段名为稳定的 snake_case）。</translation>
    </message>
    <message>
        <source>Show full phone numbers instead of masked ones.</source>
        <translation>显示完整号码，而不是打码的号码。</translation>
    </message>
    <message>
        <source>contact add needs --name.</source>
        <translation>contact add 需要 --name。</translation>
    </message>
    <message>
        <source>Added contact %1 (%2).</source>
        <translation>已添加客户 %1（%2）。</translation>
    </message>
    <message>
        <source>contact edit: nothing to change; give at least one field option.</source>
        <translation>contact edit：没有要修改的内容；请至少给出一个字段选项。</translation>
    </message>
    <message>
        <source>Updated contact %1 (%2).</source>
        <translation>已更新客户 %1（%2）。</translation>
    </message>
    <message>
        <source>Deleted contact %1 (%2).
</source>
        <translation>已删除客户 %1（%2）。
</translation>
    </message>
    <message>
        <source>Cannot merge a contact with itself.</source>
        <translation>客户不能与自己合并。</translation>
    </message>
    <message>
        <source>Merged %1 into %2 (%3).</source>
        <translation>已把 %1 合并到 %2（%3）。</translation>
    </message>
    <message>
        <source>No duplicates of %1.
</source>
        <translation>%1 没有重复客户。
</translation>
    </message>
    <message>
        <source>Customers: add, list, show, edit, delete, merge and find duplicates.</source>
        <translation>客户：添加、列出、查看、编辑、删除、合并和查找重复。</translation>
    </message>
    <message>
        <source>Add a contact.</source>
        <translation>添加客户。</translation>
    </message>
    <message>
        <source>Change fields of a contact; an empty value (--city &apos;&apos;) clears a field.</source>
        <translation>修改客户字段；空值（--city &apos;&apos;）会清空该字段。</translation>
    </message>
    <message>
        <source>Delete a contact.</source>
        <translation>删除客户。</translation>
    </message>
    <message>
        <source>Merge OTHER into KEEP: phones, tags, follow-ups, purchases and notes are kept.</source>
        <translation>把 OTHER 合并到 KEEP：手机号、标签、跟进、购买记录和备注都会保留。</translation>
    </message>
    <message>
        <source>List contacts sharing a mobile number or WeChat ID with this one.</source>
        <translation>列出与此客户手机号或微信号相同的客户。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>INTENT</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>LAST CONTACTED</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>归属导购</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <source>Notes:
</source>
        <translation>备注：
</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>QTY</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>--stage: expected one of %1, got &apos;%2&apos;.</source>
        <translation>--stage：应为 %1 之一，实际为“%2”。</translation>
    </message>
    <message>
        <source>--sort: expected last-contacted, name, created or updated, got &apos;%1&apos;.</source>
        <translation>--sort：应为 last-contacted、name、created 或 updated，实际为“%1”。</translation>
    </message>
    <message>
        <source>No contacts match (%1 in total).
</source>
        <translation>没有匹配的客户（共 %1 位）。
</translation>
    </message>
    <message>
        <source>%1-%2 of %3
</source>
        <translation>第 %1-%2 位，共 %3 位
</translation>
    </message>
    <message>
        <source>List contacts, newest contact first; filters combine with AND.</source>
        <translation>列出客户，最近联系的在前；多个筛选条件同时满足（AND）。</translation>
    </message>
    <message>
        <source>Name, nickname, notes, phone digits, pinyin (zhangsan), initials (zs), 繁/简.</source>
        <translation>姓名、昵称、备注、手机号数字、拼音（zhangsan）、首字母（zs）、繁/简。</translation>
    </message>
    <message>
        <source>Only contacts with this tag (id, group/name or name); repeat: all of them.</source>
        <translation>只列出带此标签的客户（ID、组/名称或名称）；可重复：需全部满足。</translation>
    </message>
    <message>
        <source>With several --tag: any of them instead of all.</source>
        <translation>给了多个 --tag 时：满足任一即可，而不是全部。</translation>
    </message>
    <message>
        <source>Only this lifecycle stage.</source>
        <translation>只列出此生命周期阶段。</translation>
    </message>
    <message>
        <source>Only contacts of this guide.</source>
        <translation>只列出此导购的客户。</translation>
    </message>
    <message>
        <source>Only contacts of this store.</source>
        <translation>只列出此门店的客户。</translation>
    </message>
    <message>
        <source>last-contacted (default), name, created or updated.</source>
        <translation>last-contacted（默认）、name、created 或 updated。</translation>
    </message>
    <message>
        <source>At most N contacts (default 50, 0 = all).</source>
        <translation>最多 N 位客户（默认 50，0 = 全部）。</translation>
    </message>
    <message>
        <source>Skip the first N contacts.</source>
        <translation>跳过前 N 位客户。</translation>
    </message>
    <message>
        <source>Name (required for add).</source>
        <translation>姓名（add 时必填）。</translation>
    </message>
    <message>
        <source>WeChat nickname.</source>
        <translation>微信昵称。</translation>
    </message>
    <message>
        <source>WeChat ID.</source>
        <translation>微信号。</translation>
    </message>
    <message>
        <source>Replace all phone numbers (repeat for several).</source>
        <translation>替换全部手机号（可重复给出多个）。</translation>
    </message>
    <message>
        <source>Phone number; +86, spaces, dashes and full-width digits are accepted.</source>
        <translation>手机号；可带 +86、空格、短横线和全角数字。</translation>
    </message>
    <message>
        <source>female, male, other (or 女/男).</source>
        <translation>female、male、other（或 女/男）。</translation>
    </message>
    <message>
        <source>Birthday.</source>
        <translation>生日。</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>城市。</translation>
    </message>
    <message>
        <source>Source channel, e.g. walk_in, referral, ad_form, live_stream.</source>
        <translation>来源渠道，例如 walk_in、referral、ad_form、live_stream。</translation>
    </message>
    <message>
        <source>Lifecycle stage: %1.</source>
        <translation>生命周期阶段：%1。</translation>
    </message>
    <message>
        <source>Intent level: 0 unknown, 1 low, 2 medium, 3 high.</source>
        <translation>意向等级：0 未知，1 低，2 中，3 高。</translation>
    </message>
    <message>
        <source>Loyalty points.</source>
        <translation>会员积分。</translation>
    </message>
    <message>
        <source>Free-text notes.</source>
        <translation>自由填写的备注。</translation>
    </message>
    <message>
        <source>Owning guide (default: this device&apos;s staff member).</source>
        <translation>归属导购（默认：本设备的员工）。</translation>
    </message>
    <message>
        <source>Store.</source>
        <translation>门店。</translation>
    </message>
    <message>
        <source>Add a phone number.</source>
        <translation>添加一个手机号。</translation>
    </message>
    <message>
        <source>Remove a phone number.</source>
        <translation>移除一个手机号。</translation>
    </message>
    <message>
        <source>Print the saved contact as JSON.</source>
        <translation>以 JSON 输出保存后的客户。</translation>
    </message>
    <message>
        <source>--name must not be empty.</source>
        <translation>--name 不能为空。</translation>
    </message>
    <message>
        <source>--gender: expected female, male or other, got &apos;%1&apos;.</source>
        <translation>--gender：应为 female、male 或 other，实际为“%1”。</translation>
    </message>
    <message>
        <source>--birthday: %1 is in the future.</source>
        <translation>--birthday：%1 晚于今天。</translation>
    </message>
    <message>
        <source>
Follow-ups (%1):
</source>
        <translation>
跟进记录（%1）：
</translation>
    </message>
    <message>
        <source>
Purchases (%1):
</source>
        <translation>
购买记录（%1）：
</translation>
    </message>
    <message>
        <source>Show a contact with its tags, phones, follow-ups and purchases.</source>
        <translation>查看客户及其标签、手机号、跟进和购买记录。</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  other error (I/O, database)
  2  usage error (unknown command or option, missing argument)
  3  wrong passphrase
  4  no profile in the directory (run init first)
  5  not found (unknown contact, tag or product)
  6  invalid input (phone, date, number, over-long or invalid UTF-8 text)
  7  encryption inactive or store corrupt
  8  already exists (profile, or a name that must be unique)
  9  key not available from the OS keychain
</source>
        <translation>退出码：
  0  成功
  1  其他错误（I/O、数据库）
  2  用法错误（未知命令或选项、缺少参数）
  3  密码错误
  4  目录中没有资料库（请先运行 init）
  5  未找到（未知的客户、标签或商品）
  6  输入无效（手机号、日期、数字、文本过长或不是有效的 UTF-8）
  7  加密未生效或数据库损坏
  8  已存在（资料库，或必须唯一的名称）
  9  无法从操作系统钥匙串取得密钥
</translation>
    </message>
    <message>
        <source>followup add needs --kind (%1).</source>
        <translation>followup add 需要 --kind（%1）。</translation>
    </message>
    <message>
        <source>--kind: expected one of %1, got &apos;%2&apos;.</source>
        <translation>--kind：应为 %1 之一，实际为“%2”。</translation>
    </message>
    <message>
        <source>Recorded %1 with %2 (%3) at %4.
</source>
        <translation>已记录与 %2（%3）的%1，时间 %4。
</translation>
    </message>
    <message>
        <source>No follow-ups with %1.
</source>
        <translation>与 %1 没有跟进记录。
</translation>
    </message>
    <message>
        <source>Follow-up records (append-only): calls, chats, visits, messages.</source>
        <translation>跟进记录（只追加）：电话、聊天、拜访、短信。</translation>
    </message>
    <message>
        <source>Record a follow-up; also updates the contact&apos;s last-contacted time.</source>
        <translation>记录一次跟进；同时更新客户的上次联系时间。</translation>
    </message>
    <message>
        <source>call, chat, visit or message (required).</source>
        <translation>call、chat、visit 或 message（必填）。</translation>
    </message>
    <message>
        <source>Outcome, e.g. interested, no answer.</source>
        <translation>结果，例如 interested、no answer。</translation>
    </message>
    <message>
        <source>Note.</source>
        <translation>内容。</translation>
    </message>
    <message>
        <source>Script that was sent.</source>
        <translation>发送的话术。</translation>
    </message>
    <message>
        <source>Material that was sent.</source>
        <translation>发送的素材。</translation>
    </message>
    <message>
        <source>When, ISO 8601 (default: now).</source>
        <translation>时间，ISO 8601（默认：现在）。</translation>
    </message>
    <message>
        <source>List a contact&apos;s follow-ups, newest first.</source>
        <translation>列出客户的跟进记录，最新的在前。</translation>
    </message>
    <message>
        <source>At most N records (default 100).</source>
        <translation>最多 N 条记录（默认 100）。</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[选项]</translation>
    </message>
    <message>
        <source>Global options (accepted before or after the command):
</source>
        <translation>全局选项（可放在命令前或命令后）：
</translation>
    </message>
    <message>
        <source>Unlocking: --keychain, else --passphrase-env VAR, else a hidden prompt when standard
input is a terminal; otherwise the command fails with exit code 2.
</source>
        <translation>解锁方式：--keychain，否则 --passphrase-env VAR，否则在标准输入是终端时
隐藏输入提示；都不满足时命令以退出码 2 失败。
</translation>
    </message>
    <message>
        <source>liuliang-cli: the headless face of Liuliang (留量), for admins, scripts and tests.

Usage: liuliang-cli [global options] COMMAND [arguments] [options]

Commands:
</source>
        <translation>liuliang-cli：留量的命令行界面，供管理员、脚本和测试使用。

用法：liuliang-cli [全局选项] 命令 [参数] [选项]

命令：
</translation>
    </message>
    <message>
        <source>
Run &apos;liuliang-cli COMMAND --help&apos; for the options of one command.
</source>
        <translation>
运行“liuliang-cli 命令 --help”查看某个命令的选项。
</translation>
    </message>
    <message>
        <source>Usage: %1

%2
</source>
        <translation>用法：%1

%2
</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
选项：
</translation>
    </message>
    <message>
        <source>--store and --staff need --org.</source>
        <translation>--store 和 --staff 需要 --org。</translation>
    </message>
    <message>
        <source>--role: expected guide, manager or admin, got &apos;%1&apos;.</source>
        <translation>--role：应为 guide、manager 或 admin，实际为“%1”。</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 不能为空。</translation>
    </message>
    <message>
        <source>--no-passphrase needs --keychain: the key must be protected somehow.</source>
        <translation>--no-passphrase 需要 --keychain：密钥总得有一种保护方式。</translation>
    </message>
    <message>
        <source>A profile already exists in %1; nothing was changed.</source>
        <translation>%1 中已有资料库；未做任何修改。</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>操作系统钥匙串</translation>
    </message>
    <message>
        <source>Created an encrypted profile in %1; its key is protected by: %2.
</source>
        <translation>已在 %1 创建加密资料库；密钥的保护方式：%2。
</translation>
    </message>
    <message>
        <source>New contacts are owned by staff member %1.
</source>
        <translation>新客户将归属员工 %1。
</translation>
    </message>
    <message>
        <source>Create an encrypted profile (refuses when one exists).</source>
        <translation>创建加密资料库（已存在时拒绝）。</translation>
    </message>
    <message>
        <source>Create a new encrypted profile (refuses when one exists). The key is protected by the passphrase and/or, with --keychain, the OS keychain.</source>
        <translation>创建新的加密资料库（已存在时拒绝）。密钥由密码保护，和/或（使用 --keychain 时）由操作系统钥匙串保护。</translation>
    </message>
    <message>
        <source>Create the local organisation.</source>
        <translation>创建本地组织。</translation>
    </message>
    <message>
        <source>Create a store of the organisation.</source>
        <translation>创建组织下的门店。</translation>
    </message>
    <message>
        <source>Create your own staff record; it owns new contacts.</source>
        <translation>创建您自己的员工记录；新客户归它所有。</translation>
    </message>
    <message>
        <source>Role of that staff record: guide, manager, admin (default).</source>
        <translation>该员工记录的角色：guide、manager、admin（默认）。</translation>
    </message>
    <message>
        <source>With --keychain: protect the key by the keychain only.</source>
        <translation>配合 --keychain：只用钥匙串保护密钥。</translation>
    </message>
    <message>
        <source>product add needs --sku and --name.</source>
        <translation>product add 需要 --sku 和 --name。</translation>
    </message>
    <message>
        <source>--sku and --name must not be empty.</source>
        <translation>--sku 和 --name 不能为空。</translation>
    </message>
    <message>
        <source>Added product %1 %2 (%3).
</source>
        <translation>已添加商品 %1 %2（%3）。
</translation>
    </message>
    <message>
        <source>No products.
</source>
        <translation>没有商品。
</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>CYCLE DAYS</source>
        <translation>周期天数</translation>
    </message>
    <message>
        <source>Products: SKU, name, category and consumption cycle.</source>
        <translation>商品：SKU、名称、分类和使用周期。</translation>
    </message>
    <message>
        <source>Add a product.</source>
        <translation>添加商品。</translation>
    </message>
    <message>
        <source>Stock-keeping unit, unique (required).</source>
        <translation>库存单位，唯一（必填）。</translation>
    </message>
    <message>
        <source>Product name (required).</source>
        <translation>商品名称（必填）。</translation>
    </message>
    <message>
        <source>Category.</source>
        <translation>分类。</translation>
    </message>
    <message>
        <source>Days one unit lasts, for repurchase reminders (0 = none).</source>
        <translation>一件商品可用的天数，用于复购提醒（0 = 无）。</translation>
    </message>
    <message>
        <source>List products.</source>
        <translation>列出商品。</translation>
    </message>
    <message>
        <source>purchase add needs --product SKU|ID.</source>
        <translation>purchase add 需要 --product SKU|ID。</translation>
    </message>
    <message>
        <source>Recorded purchase of %1 x%2 (%3) by %4 (%5).
</source>
        <translation>已记录 %4（%5）购买 %1 x%2（%3）。
</translation>
    </message>
    <message>
        <source>No purchases by %1.
</source>
        <translation>%1 没有购买记录。
</translation>
    </message>
    <message>
        <source>Purchases (append-only); a purchase makes a lead or prospect a customer.</source>
        <translation>购买记录（只追加）；购买会把线索或意向客户变为成交客户。</translation>
    </message>
    <message>
        <source>Record a purchase.</source>
        <translation>记录一次购买。</translation>
    </message>
    <message>
        <source>The product (required).</source>
        <translation>商品（必填）。</translation>
    </message>
    <message>
        <source>Units (default 1).</source>
        <translation>数量（默认 1）。</translation>
    </message>
    <message>
        <source>Amount paid, e.g. 12.34 (default 0).</source>
        <translation>实付金额，例如 12.34（默认 0）。</translation>
    </message>
    <message>
        <source>Day of purchase (default: today).</source>
        <translation>购买日期（默认：今天）。</translation>
    </message>
    <message>
        <source>List a contact&apos;s purchases, newest first.</source>
        <translation>列出客户的购买记录，最新的在前。</translation>
    </message>
    <message>
        <source>Tag group for tags created here (default: 默认).</source>
        <translation>在此创建的标签所属的标签组（默认：默认）。</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>A tag name must not be empty.</source>
        <translation>标签名不能为空。</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>标签组</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>CONTACTS</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>No tags.
</source>
        <translation>没有标签。
</translation>
    </message>
    <message>
        <source>Tagged %1 (%2): %3
</source>
        <translation>已给 %1（%2）打标签：%3
</translation>
    </message>
    <message>
        <source>Untagged %1 (%2): %3
</source>
        <translation>已移除 %1（%2）的标签：%3
</translation>
    </message>
    <message>
        <source>Created tag %1 (%2).
</source>
        <translation>已创建标签 %1（%2）。
</translation>
    </message>
    <message>
        <source>Deleted tag %1 (%2).
</source>
        <translation>已删除标签 %1（%2）。
</translation>
    </message>
    <message>
        <source>TAG is a tag id, group/name, or a name unique across groups.</source>
        <translation>TAG 可以是标签 ID、组/名称，或在各组中唯一的名称。</translation>
    </message>
    <message>
        <source>Tags: label contacts, create, list and delete tags. </source>
        <translation>标签：给客户打标签，创建、列出和删除标签。 </translation>
    </message>
    <message>
        <source>Tag a contact; missing tags are created (in --group).</source>
        <translation>给客户打标签；不存在的标签会被创建（在 --group 中）。</translation>
    </message>
    <message>
        <source>Remove tags from a contact.</source>
        <translation>移除客户的标签。</translation>
    </message>
    <message>
        <source>List all tags, or the tags of one contact.</source>
        <translation>列出全部标签，或某位客户的标签。</translation>
    </message>
    <message>
        <source>Show how many contacts carry each tag.</source>
        <translation>显示每个标签有多少位客户。</translation>
    </message>
    <message>
        <source>Create a tag without using it.</source>
        <translation>创建标签但不使用。</translation>
    </message>
    <message>
        <source>Delete a tag; it disappears from every contact.</source>
        <translation>删除标签；它会从所有客户身上消失。</translation>
    </message>
    <message>
        <source>export contacts needs --format csv or --format vcard.</source>
        <translation>export contacts 需要 --format csv 或 --format vcard。</translation>
    </message>
    <message>
        <source>export contacts needs --out FILE.</source>
        <translation>export contacts 需要 --out FILE。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.
</source>
        <translation>已导出 %1 位客户到 %2。
</translation>
    </message>
    <message>
        <source>Export contacts to CSV or vCard.</source>
        <translation>把客户导出为 CSV 或 vCard。</translation>
    </message>
    <message>
        <source>Export contacts (newest first) to CSV (UTF-8 with BOM, Chinese headers, formulas neutralised) or vCard 4.0; filters combine with AND.</source>
        <translation>导出客户（最新的在前）为 CSV（带 BOM 的 UTF-8、中文表头、公式已中和）或 vCard 4.0；多个筛选条件同时满足（AND）。</translation>
    </message>
    <message>
        <source>csv or vcard (required).</source>
        <translation>csv 或 vcard（必填）。</translation>
    </message>
    <message>
        <source>Output file (required).</source>
        <translation>输出文件（必填）。</translation>
    </message>
    <message>
        <source>Only contacts matching this search.</source>
        <translation>只导出匹配此搜索的客户。</translation>
    </message>
    <message>
        <source>Only contacts with this tag; repeat: all of them.</source>
        <translation>只导出带此标签的客户；可重复：需全部满足。</translation>
    </message>
    <message>
        <source>--map: expected COLUMN=FIELD, got &apos;%1&apos;.</source>
        <translation>--map：应为 列名=字段，实际为“%1”。</translation>
    </message>
    <message>
        <source>--map: unknown field &apos;%1&apos; (use one of: %2).</source>
        <translation>--map：未知字段“%1”（可选：%2）。</translation>
    </message>
    <message>
        <source>--allocate: expected round-robin, city or load, got &apos;%1&apos;.</source>
        <translation>--allocate：应为 round-robin、city 或 load，实际为“%1”。</translation>
    </message>
    <message>
        <source>--city: expected CITY=STAFF_ID[,STAFF_ID...], got &apos;%1&apos;.</source>
        <translation>--city：应为 城市=员工ID[,员工ID...]，实际为“%1”。</translation>
    </message>
    <message>
        <source>--guides and --city need --allocate.</source>
        <translation>--guides 和 --city 需要 --allocate。</translation>
    </message>
    <message>
        <source>--city needs --allocate city.</source>
        <translation>--city 需要 --allocate city。</translation>
    </message>
    <message>
        <source>Encoding %1; columns: %2
</source>
        <translation>编码 %1；列：%2
</translation>
    </message>
    <message>
        <source>Rows read: %1
New contacts: %2
Merged duplicates: %3
Already imported: %4
Rejected: %5
</source>
        <translation>读取行数：%1
新客户：%2
合并的重复：%3
已导入过：%4
被拒绝：%5
</translation>
    </message>
    <message>
        <source>Existing contacts merged with each other: %1
</source>
        <translation>已有客户之间相互合并：%1
</translation>
    </message>
    <message>
        <source>Allocated to %1: %2
</source>
        <translation>分配给 %1：%2
</translation>
    </message>
    <message>
        <source>  line %1: %2
</source>
        <translation>  第 %1 行：%2
</translation>
    </message>
    <message>
        <source>  ... and %1 more
</source>
        <translation>  ……还有 %1 条
</translation>
    </message>
    <message>
        <source>Rejected rows written to %1 (fix them and import that file).
</source>
        <translation>被拒绝的行已写入 %1（修正后再导入该文件）。
</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>没有此文件：%1</translation>
    </message>
    <message>
        <source>Import stopped at line %1: %2. The rows before it are saved; importing the file again continues without duplicating them.</source>
        <translation>导入在第 %1 行停止：%2。之前的行已保存；再次导入该文件会继续，不会重复。</translation>
    </message>
    <message>
        <source>Import leads from ad-platform and lead-form exports.</source>
        <translation>从广告平台和线索表单的导出文件导入线索。</translation>
    </message>
    <message>
        <source>Map a column to name, phone, wechat, nickname, source, city, intent, created, notes or ignore; repeat for several columns.</source>
        <translation>把某列映射为 name、phone、wechat、nickname、source、city、intent、created、notes 或 ignore；多列可重复给出。</translation>
    </message>
    <message>
        <source>Source channel for rows that have none.</source>
        <translation>没有来源的行所用的来源渠道。</translation>
    </message>
    <message>
        <source>Owners of new leads: round-robin, city or load (default: you).</source>
        <translation>新线索的归属：round-robin、city 或 load（默认：您自己）。</translation>
    </message>
    <message>
        <source>Staff ids to allocate to (default: every active guide).</source>
        <translation>要分配给的员工 ID（默认：所有在职导购）。</translation>
    </message>
    <message>
        <source>With --allocate city: guides for a city (default: the guides of the stores in that city); repeatable.</source>
        <translation>配合 --allocate city：某个城市的导购（默认：该城市门店的导购）；可重复。</translation>
    </message>
    <message>
        <source>Write rejected rows with their reason to this CSV file (UTF-8 with BOM).</source>
        <translation>把被拒绝的行及原因写入此 CSV 文件（带 BOM 的 UTF-8）。</translation>
    </message>
    <message>
        <source>Force the file&apos;s encoding (UTF-8, GB18030, ...).</source>
        <translation>强制指定文件编码（UTF-8、GB18030……）。</translation>
    </message>
    <message>
        <source>%1 id prefix &apos;%2&apos; is ambiguous; give more characters.</source>
        <translation>%1 ID 前缀“%2”不唯一，请多输入几个字符。</translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation>没有 ID 为 %2 的%1。</translation>
    </message>
    <message>
        <source>saved, but the contact&apos;s reminders were not updated (%1); they will be on the next &apos;reminders due&apos;.</source>
        <translation>已保存，但该客户的提醒未能更新（%1）；将在下次运行“reminders due”时更新。</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>material add needs --kind (%1).</source>
        <translation>material add 需要 --kind（%1）。</translation>
    </message>
    <message>
        <source>material add --kind %1 needs a FILE.</source>
        <translation>material add --kind %1 需要指定文件 FILE。</translation>
    </message>
    <message>
        <source>material add --kind link needs --url URL.</source>
        <translation>material add --kind link 需要 --url URL。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Added %1 %2 (%3) %4.
</source>
        <translation>已添加 %1 %2（%3）%4。
</translation>
    </message>
    <message>
        <source>Added %1 %2 %3.
</source>
        <translation>已添加 %1 %2 %3。
</translation>
    </message>
    <message>
        <source>No materials.
</source>
        <translation>没有素材。
</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>FILE / URL</source>
        <translation>文件 / 链接</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>归属</translation>
    </message>
    <message>
        <source>USES</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>material export needs --out PATH.</source>
        <translation>material export 需要 --out PATH。</translation>
    </message>
    <message>
        <source>--out must not be empty.</source>
        <translation>--out 不能为空。</translation>
    </message>
    <message>
        <source>%1 exists; pass --force to overwrite it.</source>
        <translation>%1 已存在；如要覆盖，请加 --force。</translation>
    </message>
    <message>
        <source>material</source>
        <translation>素材</translation>
    </message>
    <message>
        <source>Exported %1 (%2) to %3.
</source>
        <translation>已将 %1（%2）导出到 %3。
</translation>
    </message>
    <message>
        <source>The material library (素材): images, videos, documents, posters and links. Files are stored encrypted inside the profile, the same file once. You act as the profile&apos;s staff member (init --staff) with that member&apos;s role; without one, as a guide. Team materials need a manager or admin.</source>
        <translation>素材库：图片、视频、文档、海报和链接。文件加密保存在资料库中，同一文件只存一份。您以资料库的员工身份（init --staff）及其角色操作；没有员工时按导购处理。团队素材需要主管或管理员权限。</translation>
    </message>
    <message>
        <source>Add a file (image, video, document, poster; at most 100 MB) or a link (--url).</source>
        <translation>添加文件（图片、视频、文档、海报；最大 100 MB）或链接（--url）。</translation>
    </message>
    <message>
        <source>image, video, document, poster, link or mini_program (required).</source>
        <translation>image、video、document、poster、link 或 mini_program（必填）。</translation>
    </message>
    <message>
        <source>Title (default: the file name).</source>
        <translation>标题（默认：文件名）。</translation>
    </message>
    <message>
        <source>Description.</source>
        <translation>描述。</translation>
    </message>
    <message>
        <source>Tag (repeatable).</source>
        <translation>标签（可重复）。</translation>
    </message>
    <message>
        <source>link: the address (required); mini_program: fallback page.</source>
        <translation>link：链接地址（必填）；mini_program：备用页面。</translation>
    </message>
    <message>
        <source>mini_program: app id (wx + 16 hex digits).</source>
        <translation>mini_program：AppID（wx 加 16 位十六进制数字）。</translation>
    </message>
    <message>
        <source>mini_program: page path.</source>
        <translation>mini_program：页面路径。</translation>
    </message>
    <message>
        <source>A team material (managers and admins); default: a personal one.</source>
        <translation>团队素材（主管和管理员）；默认：个人素材。</translation>
    </message>
    <message>
        <source>List team materials and yours.</source>
        <translation>列出团队素材和您的素材。</translation>
    </message>
    <message>
        <source>Title, description, tags, category, file name; pinyin too.</source>
        <translation>标题、描述、标签、分类、文件名；也支持拼音。</translation>
    </message>
    <message>
        <source>Only this kind.</source>
        <translation>只列出此类型。</translation>
    </message>
    <message>
        <source>Only this category.</source>
        <translation>只列出此分类。</translation>
    </message>
    <message>
        <source>Decrypt a material&apos;s file to PATH (verified against its SHA-256).</source>
        <translation>将素材文件解密到 PATH（按其 SHA-256 校验）。</translation>
    </message>
    <message>
        <source>Where to write the file (required).</source>
        <translation>文件写入位置（必填）。</translation>
    </message>
    <message>
        <source>Overwrite PATH if it exists.</source>
        <translation>PATH 已存在时覆盖。</translation>
    </message>
    <message>
        <source>Run-out</source>
        <translation>用完</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <source>Lead response</source>
        <translation>线索响应</translation>
    </message>
    <message>
        <source>Custom date</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>--mine: this profile has no staff member of its own (init --staff).</source>
        <translation>--mine：此资料库没有自己的员工（init --staff）。</translation>
    </message>
    <message>
        <source>Nothing due on %1.
</source>
        <translation>%1 没有到期的提醒。
</translation>
    </message>
    <message>
        <source>%1 (%2)
</source>
        <translation>%1（%2）
</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>ABOUT</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>SCRIPT</source>
        <translation>话术</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> （已逾期）</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>reminders snooze needs --until YYYY-MM-DD.</source>
        <translation>reminders snooze 需要 --until YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Snoozed %1 (%2, %3) until %4.
</source>
        <translation>已将 %1（%2，%3）推迟到 %4。
</translation>
    </message>
    <message>
        <source>Marked %1 (%2, %3) %4.
</source>
        <translation>已将 %1（%2，%3）标记为 %4。
</translation>
    </message>
    <message>
        <source>Reminders generated from the rules: what is due, and what you did about it.</source>
        <translation>根据规则生成的提醒：哪些到期了，以及您的处理情况。</translation>
    </message>
    <message>
        <source>Open reminders due on or before the date, grouped by kind (run-out, lead response, dormant, birthday, holiday, custom date), overdue first.</source>
        <translation>列出在该日期或之前到期的未处理提醒，按类型分组（用完、线索响应、沉睡、生日、节日、自定义日期），逾期的排在前面。</translation>
    </message>
    <message>
        <source>The day to look from (default: today, Asia/Shanghai).</source>
        <translation>从哪一天查看（默认：今天，Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>Only your own contacts&apos; reminders.</source>
        <translation>只看您自己客户的提醒。</translation>
    </message>
    <message>
        <source>Mark a reminder done.</source>
        <translation>将提醒标记为已完成。</translation>
    </message>
    <message>
        <source>Hide a reminder until a later day.</source>
        <translation>隐藏提醒，直到之后的某一天。</translation>
    </message>
    <message>
        <source>Show it again from this day (required).</source>
        <translation>从这一天起重新显示（必填）。</translation>
    </message>
    <message>
        <source>Dismiss a reminder.</source>
        <translation>忽略提醒。</translation>
    </message>
    <message>
        <source>--%1: expected yes or no, got &apos;%2&apos;.</source>
        <translation>--%1：应为 yes 或 no，实际为“%2”。</translation>
    </message>
    <message>
        <source>the rule was saved, but reminders were not regenerated (%1); they will be on the next &apos;reminders due&apos;.</source>
        <translation>规则已保存，但提醒未能重新生成（%1）；将在下次运行“reminders due”时生成。</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>rule add needs --name and --kind (%1).</source>
        <translation>rule add 需要 --name 和 --kind（%1）。</translation>
    </message>
    <message>
        <source>Added rule %1 (%2) %3.
</source>
        <translation>已添加规则 %1（%2）%3。
</translation>
    </message>
    <message>
        <source>Saved rule %1 (%2) %3.
</source>
        <translation>已保存规则 %1（%2）%3。
</translation>
    </message>
    <message>
        <source>Deleted rule %1.
</source>
        <translation>已删除规则 %1。
</translation>
    </message>
    <message>
        <source>No rules.
</source>
        <translation>没有规则。
</translation>
    </message>
    <message>
        <source>LEAD DAYS</source>
        <translation>提前天数</translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <source>store %1</source>
        <translation>门店 %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Rule name (required).</source>
        <translation>规则名称（必填）。</translation>
    </message>
    <message>
        <source>Rule name.</source>
        <translation>规则名称。</translation>
    </message>
    <message>
        <source>dormant: days without contact; lead_sla: hours a new lead may wait.</source>
        <translation>dormant：未联系的天数；lead_sla：新线索最多可等待的小时数。</translation>
    </message>
    <message>
        <source>runout: only this product (&apos;&apos; = every product).</source>
        <translation>runout：只针对此商品（&apos;&apos; = 所有商品）。</translation>
    </message>
    <message>
        <source>holiday: only this holiday (&apos;&apos; = every holiday).</source>
        <translation>holiday：只针对此节日（&apos;&apos; = 所有节日）。</translation>
    </message>
    <message>
        <source>custom_date: the contact&apos;s custom date field (required).</source>
        <translation>custom_date：客户的自定义日期字段（必填）。</translation>
    </message>
    <message>
        <source>custom_date: remind every year (default yes).</source>
        <translation>custom_date：每年提醒（默认 yes）。</translation>
    </message>
    <message>
        <source>Only contacts with any of these tags (repeatable).</source>
        <translation>只针对带有其中任一标签的客户（可重复）。</translation>
    </message>
    <message>
        <source>Only contacts in any of these stages (repeatable).</source>
        <translation>只针对处于其中任一阶段的客户（可重复）。</translation>
    </message>
    <message>
        <source>Only contacts of any of these stores (repeatable).</source>
        <translation>只针对属于其中任一门店的客户（可重复）。</translation>
    </message>
    <message>
        <source>Suggested script id.</source>
        <translation>推荐话术 ID。</translation>
    </message>
    <message>
        <source>Whether the rule generates reminders (default yes).</source>
        <translation>规则是否生成提醒（默认 yes）。</translation>
    </message>
    <message>
        <source>A team rule (managers and admins); default: a personal rule of yours.</source>
        <translation>团队规则（主管和管理员）；默认：您的个人规则。</translation>
    </message>
    <message>
        <source>Reminder rules (run-out, birthday, holiday, dormant, lead SLA, custom date). You act as the profile&apos;s staff member (init --staff) with that member&apos;s role; without one, as a guide. Team rules need a manager or admin. Every change regenerates the reminders.</source>
        <translation>提醒规则（用完、生日、节日、沉睡、线索 SLA、自定义日期）。您以资料库的员工身份（init --staff）及其角色操作；没有员工时按导购处理。团队规则需要主管或管理员权限。每次修改都会重新生成提醒。</translation>
    </message>
    <message>
        <source>Add a rule.</source>
        <translation>添加规则。</translation>
    </message>
    <message>
        <source>List the team&apos;s rules and yours.</source>
        <translation>列出团队规则和您的规则。</translation>
    </message>
    <message>
        <source>Change a rule; repeated options (--tag, --stage, --store) replace the list, &apos;&apos; clears it.</source>
        <translation>修改规则；可重复的选项（--tag、--stage、--store）会替换整个列表，&apos;&apos; 表示清空。</translation>
    </message>
    <message>
        <source>Delete a rule.</source>
        <translation>删除规则。</translation>
    </message>
    <message>
        <source>script</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>script add needs --title and --body.</source>
        <translation>script add 需要 --title 和 --body。</translation>
    </message>
    <message>
        <source>--category: expected one of %1, got &apos;%2&apos;.</source>
        <translation>--category：应为 %1 之一，实际为“%2”。</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1 (known: %2). Use --allow-unknown for a custom field that does not exist yet.</source>
        <translation>未知占位符：%1（已知：%2）。如果是尚未创建的自定义字段，请使用 --allow-unknown。</translation>
    </message>
    <message>
        <source>Added script %1 (%2) %3.
</source>
        <translation>已添加话术 %1（%2）%3。
</translation>
    </message>
    <message>
        <source>No scripts.
</source>
        <translation>没有话术。
</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>script render needs --contact CONTACT_ID.</source>
        <translation>script render 需要 --contact CONTACT_ID。</translation>
    </message>
    <message>
        <source>script use needs --contact CONTACT_ID.</source>
        <translation>script use 需要 --contact CONTACT_ID。</translation>
    </message>
    <message>
        <source>No sensitive words.
</source>
        <translation>没有敏感词。
</translation>
    </message>
    <message>
        <source>You act as the profile&apos;s staff member (init --staff) with that member&apos;s role; without one, as a guide. Team scripts need a manager or admin.</source>
        <translation>您以资料库的员工身份（init --staff）及其角色操作；没有员工时按导购处理。团队话术需要主管或管理员权限。</translation>
    </message>
    <message>
        <source>The script library (话术): texts with {placeholders} filled from a customer. </source>
        <translation>话术库：含有 {placeholders} 的文本，占位符由客户信息填充。 </translation>
    </message>
    <message>
        <source>Add a script. Placeholders: {name}, {nickname}, {product}, {days_since_purchase}, {guide}, {store} and custom fields; {{ and }} are literal braces. Unknown placeholders and sensitive words are refused (exit 6).</source>
        <translation>添加话术。占位符：{name}、{nickname}、{product}、{days_since_purchase}、{guide}、{store} 和自定义字段；{{ 和 }} 表示字面花括号。包含未知占位符或敏感词的话术会被拒绝（退出码 6）。</translation>
    </message>
    <message>
        <source>Title (required).</source>
        <translation>标题（必填）。</translation>
    </message>
    <message>
        <source>welcome, product_intro, objection, holiday, birthday, runout or custom (default custom).</source>
        <translation>welcome、product_intro、objection、holiday、birthday、runout 或 custom（默认 custom）。</translation>
    </message>
    <message>
        <source>The text (required).</source>
        <translation>文本内容（必填）。</translation>
    </message>
    <message>
        <source>A team script (managers and admins); default: a personal one.</source>
        <translation>团队话术（主管和管理员）；默认：个人话术。</translation>
    </message>
    <message>
        <source>Accept placeholders that are not known yet (a custom field to come).</source>
        <translation>接受尚未存在的占位符（即将添加的自定义字段）。</translation>
    </message>
    <message>
        <source>List team scripts and yours.</source>
        <translation>列出团队话术和您的话术。</translation>
    </message>
    <message>
        <source>Title, text or tags; Chinese, pinyin or initials.</source>
        <translation>标题、内容或标签；支持中文、拼音或首字母。</translation>
    </message>
    <message>
        <source>Show a script personalised for a customer; unknown or empty placeholders and sensitive words are listed and exit 6 (with --json the report is printed too).</source>
        <translation>显示为某位客户个性化后的话术；未知或为空的占位符以及敏感词会被列出，并以退出码 6 退出（使用 --json 时也会输出报告）。</translation>
    </message>
    <message>
        <source>The customer (required).</source>
        <translation>客户（必填）。</translation>
    </message>
    <message>
        <source>Product for {product} (default: the customer&apos;s latest purchase).</source>
        <translation>{product} 对应的商品（默认：客户最近一次购买的商品）。</translation>
    </message>
    <message>
        <source>Render for a customer, record the use as a follow-up (message) and print the text.</source>
        <translation>为客户生成话术，把这次使用记录为一条跟进（message），并输出文本。</translation>
    </message>
    <message>
        <source>The team&apos;s sensitive-word list (敏感词), checked when scripts are saved, rendered and used. Changes need a manager or admin.</source>
        <translation>团队的敏感词列表，在保存、生成和使用话术时检查。修改需要主管或管理员权限。</translation>
    </message>
    <message>
        <source>Add words (all or nothing).</source>
        <translation>添加词语（全部成功或全部不添加）。</translation>
    </message>
    <message>
        <source>Remove words as listed (all or nothing).</source>
        <translation>按列出的内容删除词语（全部成功或全部不删除）。</translation>
    </message>
    <message>
        <source>List the words.</source>
        <translation>列出词语。</translation>
    </message>
    <message>
        <source>Sync failed (%1): %2</source>
        <translation>同步失败（%1）：%2</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的登录密码： </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>未提供登录密码。</translation>
    </message>
    <message>
        <source>login needs --server URL and --user NAME.</source>
        <translation>login 需要 --server URL 和 --user NAME。</translation>
    </message>
    <message>
        <source>--server must be an https:// address.</source>
        <translation>--server 必须是 https:// 地址。</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2 (%3).
</source>
        <translation>已以 %2（%3）身份登录 %1。
</translation>
    </message>
    <message>
        <source>uploading files</source>
        <translation>正在上传文件</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>正在接收</translation>
    </message>
    <message>
        <source>%1: %2/%3</source>
        <translation>%1：%2/%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>This account has been disabled: the local profile in %1 was wiped.</source>
        <translation>此账号已被停用：%1 中的本地资料库已被清除。</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 rejected, %3 received, %4 removed, %5 new conflicts.
</source>
        <translation>同步完成：发送 %1 条，被拒绝 %2 条，接收 %3 条，删除 %4 条，新冲突 %5 个。
</translation>
    </message>
    <message>
        <source>Not logged in. %1 local changes are waiting.
</source>
        <translation>未登录。有 %1 条本地修改等待同步。
</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2. %3 changes waiting. Last sync: %4.%5
</source>
        <translation>已以 %2 身份登录 %1。有 %3 条修改等待同步。上次同步：%4。%5
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source> Last error: %1</source>
        <translation> 上次错误：%1</translation>
    </message>
    <message>
        <source>Logged out; the local data stays on this device.
</source>
        <translation>已退出登录；本地数据仍保留在这台设备上。
</translation>
    </message>
    <message>
        <source>Log in to a sync server (the password is read from the terminal or stdin).</source>
        <translation>登录同步服务器（从终端或标准输入读取登录密码）。</translation>
    </message>
    <message>
        <source>Server address, https://host:port.</source>
        <translation>服务器地址，https://主机:端口。</translation>
    </message>
    <message>
        <source>PEM file of a private certificate authority.</source>
        <translation>私有证书颁发机构（CA）的 PEM 文件。</translation>
    </message>
    <message>
        <source>Pin the server&apos;s public key.</source>
        <translation>固定服务器的公钥。</translation>
    </message>
    <message>
        <source>Organisation id or name.</source>
        <translation>组织 ID 或名称。</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>用户名。</translation>
    </message>
    <message>
        <source>Send local changes and receive the server&apos;s (progress on stderr).</source>
        <translation>发送本地修改并接收服务器的修改（进度输出到标准错误）。</translation>
    </message>
    <message>
        <source>Show the login and the changes waiting to be synced.</source>
        <translation>显示登录状态和等待同步的修改。</translation>
    </message>
    <message>
        <source>Log out of the sync server; the local data stays.</source>
        <translation>退出同步服务器的登录；本地数据保留。</translation>
    </message>
    <message>
        <source>Server call failed (%1): %2</source>
        <translation>服务器请求失败（%1）：%2</translation>
    </message>
    <message>
        <source>Not logged in: run liuliang-cli login first.</source>
        <translation>未登录：请先运行 liuliang-cli login。</translation>
    </message>
    <message>
        <source>No staff member %1 in the directory.</source>
        <translation>员工目录中没有 %1。</translation>
    </message>
    <message>
        <source>%1 names %2 people: give the staff id.</source>
        <translation>名为 %1 的有 %2 人：请给出员工 ID。</translation>
    </message>
    <message>
        <source>--evenly needs at least one staff member.</source>
        <translation>--evenly 至少需要一名员工。</translation>
    </message>
    <message>
        <source>Give one of --%1, --evenly, --by-store.</source>
        <translation>请给出 --%1、--evenly、--by-store 中的一个。</translation>
    </message>
    <message>
        <source>--capacity must be a whole number of at least 1.</source>
        <translation>--capacity 必须是不小于 1 的整数。</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>原导购</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>新导购</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>移交时间</translation>
    </message>
    <message>
        <source>FOLLOWED UP</source>
        <translation>已跟进</translation>
    </message>
    <message>
        <source>REVIEWED</source>
        <translation>已复核</translation>
    </message>
    <message>
        <source>TRANSFER</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>after %1 h</source>
        <translation>%1 小时后</translation>
    </message>
    <message>
        <source>Transfer %1 from %2: %3 moved, %4 failed, %5 waiting (%6).
</source>
        <translation>移交 %1（来自 %2）：已移交 %3 位，失败 %4 位，等待 %5 位（%6）。
</translation>
    </message>
    <message>
        <source>Give at least 4 characters of the transfer id.</source>
        <translation>请至少给出移交 ID 的前 4 个字符。</translation>
    </message>
    <message>
        <source>No transfer %1.</source>
        <translation>没有移交 %1。</translation>
    </message>
    <message>
        <source>%1 matches several transfers.</source>
        <translation>%1 匹配多个移交。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>%1 has departed; their devices are wiped at the next sync.
</source>
        <translation>%1 已离职；其设备将在下次同步时被清除数据。
</translation>
    </message>
    <message>
        <source>transfer create needs --from STAFF.</source>
        <translation>transfer create 需要 --from STAFF。</translation>
    </message>
    <message>
        <source>--stuck takes a number of days.</source>
        <translation>--stuck 需要一个天数。</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>STRATEGY</source>
        <translation>分配方式</translation>
    </message>
    <message>
        <source>MOVED</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Nothing stuck.
</source>
        <translation>没有停滞的客户。
</translation>
    </message>
    <message>
        <source>Give either --all or --contacts ID,ID.</source>
        <translation>请给出 --all 或 --contacts ID,ID 之一。</translation>
    </message>
    <message>
        <source>Give the contacts to this guide (id or unique name).</source>
        <translation>把客户交给这位导购（ID 或唯一的姓名）。</translation>
    </message>
    <message>
        <source>Share the contacts evenly between these guides.</source>
        <translation>把客户平均分给这些导购。</translation>
    </message>
    <message>
        <source>Give each contact to a guide of its own store.</source>
        <translation>把每位客户交给其所属门店的导购。</translation>
    </message>
    <message>
        <source>A receiver takes contacts only while it owns fewer than N.</source>
        <translation>接收人的客户少于 N 位时才会继续接收。</translation>
    </message>
    <message>
        <source>Why, shown in the review queue.</source>
        <translation>原因，显示在复核队列中。</translation>
    </message>
    <message>
        <source>First give all their contacts to this guide.</source>
        <translation>先把其全部客户交给这位导购。</translation>
    </message>
    <message>
        <source>Mark a staff member departed (their devices are wiped), optionally handing their contacts over first.</source>
        <translation>将员工标记为离职（其设备数据会被清除），可先移交其客户。</translation>
    </message>
    <message>
        <source>The org&apos;s staff directory and departures (managers and admins).</source>
        <translation>组织的员工目录和离职办理（主管和管理员）。</translation>
    </message>
    <message>
        <source>List the staff you can see, with their store.</source>
        <translation>列出您能看到的员工及其门店。</translation>
    </message>
    <message>
        <source>The guide whose contacts move.</source>
        <translation>要移出客户的导购。</translation>
    </message>
    <message>
        <source>Only these contacts (default: all of them).</source>
        <translation>只移交这些客户（默认：全部）。</translation>
    </message>
    <message>
        <source>Reassign contacts between guides and review the moves (managers and admins).</source>
        <translation>在导购之间重新分配客户并复核移交结果（主管和管理员）。</translation>
    </message>
    <message>
        <source>Move contacts to other guides.</source>
        <translation>把客户移交给其他导购。</translation>
    </message>
    <message>
        <source>List transfers, or with --stuck the moved contacts nobody followed up.</source>
        <translation>列出移交记录；使用 --stuck 时列出移交后无人跟进的客户。</translation>
    </message>
    <message>
        <source>Contacts moved over DAYS days ago without a follow-up.</source>
        <translation>移交超过 DAYS 天仍未跟进的客户。</translation>
    </message>
    <message>
        <source>Show a transfer and each contact&apos;s state.</source>
        <translation>显示一次移交及每位客户的状态。</translation>
    </message>
    <message>
        <source>Mark moved contacts as reviewed.</source>
        <translation>将已移交的客户标记为已复核。</translation>
    </message>
    <message>
        <source>Every contact of the transfer.</source>
        <translation>此次移交的全部客户。</translation>
    </message>
    <message>
        <source>Only these contacts.</source>
        <translation>只针对这些客户。</translation>
    </message>
    <message>
        <source>Try the failed contacts again.</source>
        <translation>重新移交失败的客户。</translation>
    </message>
    <message>
        <source>Give them to this guide instead.</source>
        <translation>改为交给这位导购。</translation>
    </message>
    <message>
        <source>No notes conflicts.
</source>
        <translation>没有备注冲突。
</translation>
    </message>
    <message>
        <source>Conflict %1 · %2 (%3) · %4 · %5
</source>
        <translation>冲突 %1 · %2（%3）· %4 · %5
</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>本设备</translation>
    </message>
    <message>
        <source>  current: %1
  other:   %2
</source>
        <translation>  当前：%1
  另一版本：%2
</translation>
    </message>
    <message>
        <source>ID is the number `conflicts list` shows.</source>
        <translation>ID 为 `conflicts list` 显示的编号。</translation>
    </message>
    <message>
        <source>conflicts resolve needs --keep mine, theirs or merged.</source>
        <translation>conflicts resolve 需要 --keep mine、theirs 或 merged。</translation>
    </message>
    <message>
        <source>--keep merged needs --text with the merged notes.</source>
        <translation>--keep merged 需要用 --text 提供合并后的备注。</translation>
    </message>
    <message>
        <source>--text is only used with --keep merged.</source>
        <translation>--text 仅与 --keep merged 一起使用。</translation>
    </message>
    <message>
        <source>Resolved notes conflict %1.
</source>
        <translation>已处理备注冲突 %1。
</translation>
    </message>
    <message>
        <source>Notes edited on two devices: list them and choose which text stays.</source>
        <translation>在两台设备上被修改的备注：列出并选择保留哪一份。</translation>
    </message>
    <message>
        <source>List the open notes conflicts.</source>
        <translation>列出待处理的备注冲突。</translation>
    </message>
    <message>
        <source>Settle one conflict: keep this device&apos;s notes, the other text, or a merged text (the choice syncs like any edit).</source>
        <translation>处理一条冲突：保留本设备的备注、另一版本或合并后的文本（与其他修改一样会同步）。</translation>
    </message>
    <message>
        <source>Which text stays (required).</source>
        <translation>保留哪一份（必填）。</translation>
    </message>
    <message>
        <source>The merged notes, with --keep merged.</source>
        <translation>合并后的备注，配合 --keep merged 使用。</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>接手</translation>
    </message>
    <message>
        <source>from %1 (%2) on %3</source>
        <translation>%3 从 %1（%2）处接手</translation>
    </message>
    <message>
        <source>Import leads from a CSV file (UTF-8 or GBK/GB18030, detected) or the first sheet of an .xlsx workbook: deduplicates by mobile and WeChat ID, merges duplicates, rejects rows without either, allocates new leads. Importing the same file again changes nothing.</source>
        <translation>从 CSV 文件（自动识别 UTF-8 或 GBK/GB18030）或 .xlsx 工作簿的第一个工作表导入线索：按手机号和微信号去重，合并重复项，拒绝两者都没有的行，并分配新线索。再次导入同一文件不会有任何改变。</translation>
    </message>
    <message>
        <source>runout, birthday, holiday, dormant, lead_sla, custom_date or takeover (required; fixed once added).</source>
        <translation>runout、birthday、holiday、dormant、lead_sla、custom_date 或 takeover（必填；添加后不可更改）。</translation>
    </message>
    <message>
        <source>Remind N days before the date (runout, birthday, holiday, custom_date), or N days after a take-over (takeover); 0-365.</source>
        <translation>在日期前 N 天提醒（runout、birthday、holiday、custom_date），或在接手后 N 天提醒（takeover）；0-365。</translation>
    </message>
    <message>
        <source>Rows per transaction (default 50000).</source>
        <translation>每个事务的行数（默认 50000）。</translation>
    </message>
</context>
<context>
    <name>ll::ui::AddMaterialDialog</name>
    <message>
        <source>Add a file</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>添加链接</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>网址(&amp;A)</translation>
    </message>
    <message>
        <source>Add a mini-program card</source>
        <translation>添加小程序卡片</translation>
    </message>
    <message>
        <source>wx followed by 16 letters or digits</source>
        <translation>wx 加 16 位字母或数字</translation>
    </message>
    <message>
        <source>Optional web page for those without WeChat</source>
        <translation>可选：给没有微信的人打开的网页</translation>
    </message>
    <message>
        <source>No cover image</source>
        <translation>没有封面图</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose a cover image</source>
        <translation>选择封面图</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
    <message>
        <source>&amp;App id</source>
        <translation>AppID(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Page path</source>
        <translation>页面路径(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Web page</source>
        <translation>网页(&amp;W)</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>e.g. 新品, 活动</source>
        <translation>例如：新品, 活动</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <source>Team material (everyone in the store can use it)</source>
        <translation>团队素材（门店里每个人都能使用）</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>分类(&amp;G)</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message>
        <source>Material not added</source>
        <translation>素材未添加</translation>
    </message>
</context>
<context>
    <name>ll::ui::AppController</name>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>闲置 %n 分钟后已自动锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Liuliang</source>
        <translation>留量</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are waiting for a follow-up.</source>
        <translation>
            <numerusform>有 %n 位客户等待跟进。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>账号已停用</translation>
    </message>
    <message>
        <source>Your account was disabled by your company, so the customer data on this computer has been removed. You can set up Liuliang again with a new account.</source>
        <translation>您的账号已被公司停用，因此这台电脑上的客户数据已被清除。您可以用新账号重新设置留量。</translation>
    </message>
</context>
<context>
    <name>ll::ui::ChartCard</name>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Show the numbers as a table</source>
        <translation>以表格显示数据</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export the numbers as a CSV file (opens in Excel and WPS)</source>
        <translation>把数据导出为 CSV 文件（可用 Excel 和 WPS 打开）</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the chart as an image</source>
        <translation>把图表导出为图片</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>暂无数据。</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>The image could not be written.</source>
        <translation>无法写入图片。</translation>
    </message>
    <message>
        <source>Export numbers</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>ll::ui::ConflictListDialog</name>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>本设备</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>Notes conflicts</source>
        <translation>备注冲突</translation>
    </message>
    <message>
        <source>These customers’ notes were edited on two devices. Review each one to choose which text stays; until then both are kept.</source>
        <translation>以下客户的备注在两台设备上被修改。请逐条查看并选择保留哪一份；在此之前两份都会保留。</translation>
    </message>
    <message>
        <source>No notes conflicts left.</source>
        <translation>没有待处理的备注冲突。</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>查看处理(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Show contact</source>
        <translation>显示客户(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ll::ui::ContactDetailPane</name>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>选择一位客户查看详情。</translation>
    </message>
    <message>
        <source>&amp;Merge into this contact</source>
        <translation>合并到此客户(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the profile (%1)</source>
        <translation>保存资料 (%1)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Add &amp;follow-up</source>
        <translation>添加跟进(&amp;F)</translation>
    </message>
    <message>
        <source>Log a call, chat or visit (Ctrl+F, then Enter)</source>
        <translation>记录一次电话、聊天或拜访（Ctrl+F，再按回车）</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>last contacted %1</source>
        <translation>上次联系 %1</translation>
    </message>
    <message>
        <source>No follow-ups yet.</source>
        <translation>还没有跟进记录。</translation>
    </message>
    <message>
        <source>%1  %2 × %3  %4</source>
        <translation>%1  %2 × %3  %4</translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation>还没有购买记录。</translation>
    </message>
    <message>
        <source>Possibly the same person as “%1” %2 (same phone or WeChat ID).</source>
        <translation>可能与“%1” %2 是同一人（手机号或微信号相同）。</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Merge the other record into “%1”? Its phones, tags, follow-ups and purchases move here; it then disappears from the list.</source>
        <translation>把另一条记录合并到“%1”吗？它的手机号、标签、跟进和购买记录都会移到这里，之后它将从列表中消失。</translation>
    </message>
    <message>
        <source>Merge failed: %1</source>
        <translation>合并失败：%1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>You changed the profile of “%1”. Save the changes?</source>
        <translation>您修改了“%1”的资料。要保存吗？</translation>
    </message>
    <message>
        <source>The follow-up was not saved: %1</source>
        <translation>跟进记录未保存：%1</translation>
    </message>
    <message>
        <source>Notes were edited on two devices.</source>
        <translation>备注在两台设备上被同时修改。</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>查看处理(&amp;R)</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>Taken over from %1 on %2</source>
        <translation>%2 从%1处接手</translation>
    </message>
</context>
<context>
    <name>ll::ui::ContactListModel</name>
    <message>
        <source>Never contacted</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>WeChat nickname</source>
        <translation>微信昵称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>guide who owns the customer</comment>
        <translation>归属导购</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <source>Next reminder</source>
        <translation>下次提醒</translation>
    </message>
</context>
<context>
    <name>ll::ui::ContactProfileForm</name>
    <message>
        <source>e.g. 138 0013 8000, 010-12345678</source>
        <translation>例如 138 0013 8000, 010-12345678</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the full numbers to edit or dial them</source>
        <translation>显示完整号码以便编辑或拨打</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，如 1990-05-01</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>intent</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>intent</comment>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>intent</comment>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <comment>intent</comment>
        <translation>高</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>WeChat &amp;nickname:</source>
        <translation>微信昵称(&amp;N)：</translation>
    </message>
    <message>
        <source>WeChat ID:</source>
        <translation>微信号：</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>手机号(&amp;P)：</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>生日(&amp;B)：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation>意向：</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>积分：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>A name is needed, even just a surname like 王女士.</source>
        <translation>需要填写姓名，哪怕只是“王女士”这样的称呼。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>The birthday is in the future.</source>
        <translation>生日不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>ll::ui::ContactsPage</name>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Show phones</source>
        <translation>显示号码</translation>
    </message>
    <message>
        <source>Phone numbers are masked (138****8000) so nobody reads them over your shoulder</source>
        <translation>手机号默认打码（138****8000），以免被旁人看到</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>保存为分组…</translation>
    </message>
    <message>
        <source>Keep this search and filter in the navigation</source>
        <translation>把当前搜索和筛选保存到左侧导航</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>共 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>保存分组</translation>
    </message>
    <message>
        <source>Name of this segment (e.g. VIP not seen for 90 days):</source>
        <translation>分组名称（例如：90 天未到店的 VIP）：</translation>
    </message>
    <message>
        <source>The segment was not saved: %1</source>
        <translation>分组未保存：%1</translation>
    </message>
    <message>
        <source>Name, WeChat nickname, phone digits, pinyin (zhangsan), initials (zs) or traditional characters (張三). Ctrl+K jumps here.</source>
        <translation>可搜姓名、微信昵称、手机号数字、拼音（zhangsan）、首字母（zs）或繁体字（張三）。按 Ctrl+K 跳到这里。</translation>
    </message>
    <message>
        <source>Name, phone, pinyin, initials…</source>
        <translation>姓名、手机号、拼音、首字母…</translation>
    </message>
    <message>
        <source>Import leads…</source>
        <translation>导入线索…</translation>
    </message>
    <message>
        <source>Import a CSV or Excel lead export (Ctrl+I); you can also drop the file on the Leads page</source>
        <translation>导入 CSV 或 Excel 线索导出文件（Ctrl+I）；也可以把文件拖到“线索”页面</translation>
    </message>
</context>
<context>
    <name>ll::ui::CreateProfileDialog</name>
    <message>
        <source>Welcome to Liuliang</source>
        <translation>欢迎使用留量</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your customers stay on this computer, encrypted.&lt;/b&gt;&lt;br&gt;Nobody can read them without unlocking, not even with the laptop in hand. Choose how you will unlock Liuliang:</source>
        <translation>&lt;b&gt;您的客户资料加密保存在这台电脑上。&lt;/b&gt;&lt;br&gt;不解锁就没人能读取，即使电脑被别人拿走也一样。请选择解锁留量的方式：</translation>
    </message>
    <message>
        <source>With a &amp;passphrase I type when I open Liuliang</source>
        <translation>每次打开留量时输入密码(&amp;P)</translation>
    </message>
    <message>
        <source>Safest choice. If you forget the passphrase, nobody can recover the data on this computer, so write it down somewhere safe.</source>
        <translation>最安全的方式。忘记密码后，任何人都无法恢复这台电脑上的数据，请把密码记在安全的地方。</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <source>With this computer&apos;s &amp;keychain (no typing)</source>
        <translation>使用这台电脑的钥匙串（无需输入）(&amp;K)</translation>
    </message>
    <message>
        <source>Liuliang opens by itself while you are logged in to this computer account. Convenient, but anyone who can use your logged-in account can open it too.</source>
        <translation>只要您登录了这台电脑的账户，留量就会自动解锁。很方便，但能使用您已登录账户的人也能打开它。</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Choose at least one way to unlock.</source>
        <translation>请至少选择一种解锁方式。</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>两次输入的密码还不一致。</translation>
    </message>
    <message>
        <source>Without a passphrase, losing this computer&apos;s keychain (for example after reinstalling the system) means losing the data.</source>
        <translation>不设密码时，一旦这台电脑的钥匙串丢失（例如重装系统），数据也将无法找回。</translation>
    </message>
    <message>
        <source>Creating the encrypted profile…</source>
        <translation>正在创建加密资料库…</translation>
    </message>
    <message>
        <source>Could not create the profile: %1</source>
        <translation>无法创建资料库：%1</translation>
    </message>
    <message>
        <source>My shop</source>
        <translation>我的门店</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>The profile was created, but your local identity could not be set up: %1</source>
        <translation>资料库已创建，但无法设置您的本地身份：%1</translation>
    </message>
</context>
<context>
    <name>ll::ui::CustomerPicker</name>
    <message>
        <source>Customer: type a name or phone…</source>
        <translation>客户：输入姓名或手机号…</translation>
    </message>
    <message>
        <source>The customer whose details fill the placeholders; each use is recorded as a follow-up on them.</source>
        <translation>用这位客户的信息填充占位符；每次使用都会记为对该客户的一次跟进。</translation>
    </message>
</context>
<context>
    <name>ll::ui::DepartDialog</name>
    <message>
        <source>Give all their customers to one guide:</source>
        <translation>把其全部客户交给一位导购：</translation>
    </message>
    <message>
        <source>Share them evenly between these guides:</source>
        <translation>在这些导购之间平均分配：</translation>
    </message>
    <message>
        <source>Give each customer to a guide of its own store</source>
        <translation>把每位客户交给其所属门店的导购</translation>
    </message>
    <message>
        <source>Keep their customers where they are (reassign later)</source>
        <translation>客户暂不移交（稍后再分配）</translation>
    </message>
    <message>
        <source>I understand: their account is closed and their devices are wiped at the next sync.</source>
        <translation>我已了解：其账号将被关闭，其设备会在下次同步时被清除数据。</translation>
    </message>
    <message>
        <source>Depart staff</source>
        <translation>办理离职</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>A receiver takes customers only while it owns fewer than this.</source>
        <translation>接收人的客户少于此数量时才会继续接收。</translation>
    </message>
    <message>
        <source>e.g. left the company</source>
        <translation>例如：已从公司离职</translation>
    </message>
    <message>
        <source>Leaving:</source>
        <translation>离职员工：</translation>
    </message>
    <message>
        <source>Their customers:</source>
        <translation>其客户：</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>接收上限：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Depart</source>
        <translation>确认离职</translation>
    </message>
</context>
<context>
    <name>ll::ui::FollowUpDialog</name>
    <message>
        <source>Follow-up with %1</source>
        <translation>跟进 %1</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>有意向</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>稍后回电</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>无意向</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>已购买</translation>
    </message>
    <message>
        <source>What was said? (optional)</source>
        <translation>聊了什么？（可不填）</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>内容(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>方式(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>ll::ui::HolidaysDialog</name>
    <message>
        <source>Holidays</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Name, e.g. 店庆</source>
        <translation>名称，例如：店庆</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Add the &amp;usual holidays of</source>
        <translation>添加常用节日(&amp;U)，年份：</translation>
    </message>
    <message>
        <source>The holiday list is kept by your manager.</source>
        <translation>节日列表由您的主管维护。</translation>
    </message>
    <message>
        <source>All of %1&apos;s usual holidays are already listed.</source>
        <translation>%1 年的常用节日都已在列表中。</translation>
    </message>
</context>
<context>
    <name>ll::ui::ImportFilePage</name>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>分号（;）</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>逗号（,）</translation>
    </message>
    <message>
        <source>Choose the lead file</source>
        <translation>选择线索文件</translation>
    </message>
    <message>
        <source>A CSV export of an ad platform or lead form (UTF-8 or GBK), or an Excel .xlsx workbook (its first sheet).</source>
        <translation>广告平台或留资表单导出的 CSV（UTF-8 或 GBK），或 Excel .xlsx 工作簿（读取第一个工作表）。</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>GBK / GB18030 (Chinese Windows)</source>
        <translation>GBK / GB18030（中文 Windows）</translation>
    </message>
    <message>
        <source>Big5 (traditional Chinese)</source>
        <translation>Big5（繁体中文）</translation>
    </message>
    <message>
        <source>Change this only when the names on the next page look garbled.</source>
        <translation>仅当下一页的姓名显示为乱码时才需要修改。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>识别结果：</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>导入线索</translation>
    </message>
    <message>
        <source>Lead files (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>线索文件 (*.csv *.txt *.tsv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>Excel workbook, first sheet</source>
        <translation>Excel 工作簿，第一个工作表</translation>
    </message>
    <message>
        <source>%1 (detected%2)</source>
        <translation>%1（自动识别%2）</translation>
    </message>
    <message>
        <source>, with byte order mark</source>
        <translation>，带字节顺序标记</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1（手动选择）</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s): %1</source>
        <translation>
            <numerusform>%n 列：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>该文件只有表头行，没有数据行。</translation>
    </message>
</context>
<context>
    <name>ll::ui::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. Columns set to &quot;Ignore&quot; are not imported but stay in the rejected-rows file.</source>
        <translation>选择文件中每一列的内容。设为“忽略”的列不会导入，但会保留在被拒绝行文件中。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>留资时间</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone number or the WeChat ID: leads are recognised by them, and rows without either are rejected.</source>
        <translation>请选择包含手机号或微信号的列：线索据此识别，两者都没有的行会被拒绝。</translation>
    </message>
    <message>
        <source>Rows whose mobile or WeChat ID is already known are merged into that contact; nothing is imported twice.</source>
        <translation>手机号或微信号已存在的行会合并到对应客户；不会重复导入。</translation>
    </message>
</context>
<context>
    <name>ll::ui::ImportOptionsPage</name>
    <message>
        <source>Owners of new leads</source>
        <translation>新线索的负责人</translation>
    </message>
    <message>
        <source>Keep them myself</source>
        <translation>由我自己跟进</translation>
    </message>
    <message>
        <source>Share them in turn between the checked guides</source>
        <translation>在勾选的导购之间轮流分配</translation>
    </message>
    <message>
        <source>Give each lead to a guide of a store in its city</source>
        <translation>分配给线索所在城市门店的导购</translation>
    </message>
    <message>
        <source>Give each lead to the checked guide with the fewest customers</source>
        <translation>分配给勾选导购中客户最少的一位</translation>
    </message>
    <message>
        <source>Import options</source>
        <translation>导入选项</translation>
    </message>
    <message>
        <source>Leads already known are merged and keep their owner; these options apply to new ones.</source>
        <translation>已存在的线索会合并并保留原负责人；这些选项只适用于新线索。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>e.g. 抖音 or 小红书 — for rows without a source</source>
        <translation>例如 抖音 或 小红书 — 用于没有来源的行</translation>
    </message>
    <message>
        <source>Leads of a city without a store go to the checked guides in turn.</source>
        <translation>没有门店的城市的线索轮流分配给勾选的导购。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Default &amp;source:</source>
        <translation>默认来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Rejected rows to:</source>
        <translation>被拒绝的行保存到(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ll::ui::ImportReportPage</name>
    <message>
        <source>&amp;Open rejected-rows file</source>
        <translation>打开被拒绝行文件(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>读取行数：</translation>
    </message>
    <message>
        <source>New contacts:</source>
        <translation>新客户：</translation>
    </message>
    <message>
        <source>Merged into existing contacts:</source>
        <translation>合并到已有客户：</translation>
    </message>
    <message>
        <source>Already imported, unchanged:</source>
        <translation>已导入过，未改变：</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>被拒绝：</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>The import stopped at line %1: %2. The rows before it are saved; importing the file again continues without duplicating them.</source>
        <translation>导入在第 %1 行停止：%2。之前的行已保存；再次导入该文件会继续导入，不会重复。</translation>
    </message>
    <message>
        <source>Stopped at line %1 as asked. The rows before it are saved; importing the file again adds the rest without duplicating anything.</source>
        <translation>已按要求在第 %1 行停止。之前的行已保存；再次导入该文件会补上其余部分，不会重复。</translation>
    </message>
    <message>
        <source>Import complete.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <source>%1 — written to %2, fix them there and import that file</source>
        <translation>%1 — 已写入 %2，请在其中修改后再导入该文件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>New leads given to: %1</source>
        <translation>新线索分配给：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ll::ui::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Cancel stops the import safely: the rows done so far are kept, and importing the file again later adds only what is missing.</source>
        <translation>取消会安全地停止导入：已完成的行会保留，以后再次导入该文件只会补上缺少的部分。</translation>
    </message>
    <message>
        <source>%1 rows processed</source>
        <translation>已处理 %1 行</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Stopping after the rows in progress are saved…</source>
        <translation>正在保存处理中的行，随后停止…</translation>
    </message>
</context>
<context>
    <name>ll::ui::InsightPage</name>
    <message>
        <source>Under 1 hour</source>
        <translation>1 小时内</translation>
    </message>
    <message>
        <source>1–4 hours</source>
        <translation>1–4 小时</translation>
    </message>
    <message>
        <source>4–24 hours</source>
        <translation>4–24 小时</translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation>1–3 天</translation>
    </message>
    <message>
        <source>Over 3 days</source>
        <translation>超过 3 天</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未跟进</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <source>Everyone I can see</source>
        <translation>我能看到的全部客户</translation>
    </message>
    <message>
        <source>A manager&apos;s device holds the store&apos;s customers, an admin&apos;s the whole company&apos;s</source>
        <translation>主管的设备上有本门店的客户，管理员的设备上有全公司的客户</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Recount from the local data (F5)</source>
        <translation>根据本地数据重新统计（F5）</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间段：</translation>
    </message>
    <message>
        <source>Today&apos;s workload</source>
        <translation>今日工作量</translation>
    </message>
    <message>
        <source>Customers by stage</source>
        <translation>各阶段客户数</translation>
    </message>
    <message>
        <source>Lead response time</source>
        <translation>线索响应时间</translation>
    </message>
    <message>
        <source>Most used scripts</source>
        <translation>最常用的话术</translation>
    </message>
    <message>
        <source>Most used materials</source>
        <translation>最常用的素材</translation>
    </message>
    <message>
        <source>Activity per guide</source>
        <translation>各导购的跟进量</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Follow-ups this week</source>
        <translation>本周跟进</translation>
    </message>
    <message>
        <source>New leads this week</source>
        <translation>本周新线索</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>First follow-up after</source>
        <translation>首次跟进用时</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>素材</translation>
    </message>
    <message>
        <source>Overdue reminders</source>
        <translation>逾期提醒</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>导购</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Some numbers could not be read: %1</source>
        <translation>部分数据无法读取：%1</translation>
    </message>
    <message>
        <source>Reassigned contacts taken over</source>
        <translation>转移客户的接手情况</translation>
    </message>
    <message numerus="yes">
        <source>Customers moved to each guide by a transfer: followed up by the new guide, still waiting, or stuck (no follow-up after %n day(s))</source>
        <translation>
            <numerusform>通过转移分给各导购的客户：新导购已跟进、仍在等待，或停滞（%n 天后仍未跟进）</numerusform>
        </translation>
    </message>
    <message>
        <source>Receiving guide</source>
        <translation>接收导购</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已跟进</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message numerus="yes">
        <source>Stuck (no follow-up after %n day(s))</source>
        <translation>
            <numerusform>停滞（%n 天后仍未跟进）</numerusform>
        </translation>
    </message>
    <message>
        <source>All guides</source>
        <translation>全部导购</translation>
    </message>
    <message>
        <source>Take-over rate not updated: %1</source>
        <translation>接手率未更新：%1</translation>
    </message>
</context>
<context>
    <name>ll::ui::LeadImportJob</name>
    <message>
        <source>An import is already running.</source>
        <translation>已有一个导入正在进行。</translation>
    </message>
</context>
<context>
    <name>ll::ui::LeadImportWizard</name>
    <message>
        <source>Import leads</source>
        <translation>导入线索</translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation>停止导入？</translation>
    </message>
    <message>
        <source>The rows imported so far are kept. Importing the same file again later is safe: it adds only what is still missing.</source>
        <translation>已导入的行会保留。以后再次导入同一文件是安全的：只会补上仍缺少的部分。</translation>
    </message>
</context>
<context>
    <name>ll::ui::LoginDialog</name>
    <message>
        <source>Sign in to the server</source>
        <translation>登录服务器</translation>
    </message>
    <message>
        <source>Advanced (private servers)</source>
        <translation>高级（私有服务器）</translation>
    </message>
    <message>
        <source>Certificate authority file (PEM)</source>
        <translation>证书颁发机构（CA）文件（PEM）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA 文件：</translation>
    </message>
    <message>
        <source>Public-key pin:</source>
        <translation>公钥指纹：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>登录密码(&amp;P)：</translation>
    </message>
    <message>
        <source>The server address must start with https://</source>
        <translation>服务器地址必须以 https:// 开头</translation>
    </message>
    <message>
        <source>Please fill in the organisation, user name and password.</source>
        <translation>请填写组织、用户名和登录密码。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>ll::ui::MainWindow</name>
    <message>
        <source>Liuliang</source>
        <translation>留量</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>素材</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>资料库：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation>添加跟进(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Next contact</source>
        <translation>下一位客户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous contact</source>
        <translation>上一位客户(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Liuliang</source>
        <translation>关于留量(&amp;A)</translation>
    </message>
    <message>
        <source>About Liuliang</source>
        <translation>关于留量</translation>
    </message>
    <message>
        <source>&lt;b&gt;Liuliang %1&lt;/b&gt;&lt;br&gt;Keep your customers: follow-up, tags and reminders for store guides.&lt;br&gt;Customer data is encrypted on this computer.</source>
        <translation>&lt;b&gt;留量 %1&lt;/b&gt;&lt;br&gt;把流量变留量：为导购准备的跟进、标签与提醒工具。&lt;br&gt;客户数据在这台电脑上加密保存。</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>今日 (%1)</translation>
    </message>
    <message>
        <source>Leads (%1)</source>
        <translation>线索 (%1)</translation>
    </message>
    <message>
        <source>Log in from the status bar.</source>
        <translation>请从状态栏登录。</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation>导入线索(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>ll::ui::MaterialListModel</name>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Mini program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>海报</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n use(s)</source>
        <translation>
            <numerusform>%1
使用 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used %n time(s)</source>
        <translation>
            <numerusform>已使用 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Team material</source>
        <translation>团队素材</translation>
    </message>
</context>
<context>
    <name>ll::ui::MaterialsPage</name>
    <message>
        <source>Search materials (pinyin works too)</source>
        <translation>搜索素材（也支持拼音）</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Add an image, video, poster or document; or drop files on this page</source>
        <translation>添加图片、视频、海报或文档；也可以把文件拖到此页面</translation>
    </message>
    <message>
        <source>Add &amp;link…</source>
        <translation>添加链接(&amp;L)…</translation>
    </message>
    <message>
        <source>Add &amp;mini program…</source>
        <translation>添加小程序(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy to the clipboard: the picture, the link, or the file itself</source>
        <translation>复制到剪贴板：图片、链接或文件本身</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Save a copy of the file where you choose</source>
        <translation>把文件另存一份到您选择的位置</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Links open in the browser. Files are first saved where you choose, then opened: nothing is written to a temporary folder.</source>
        <translation>链接在浏览器中打开。文件会先保存到您选择的位置再打开，不会写入临时文件夹。</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>For customer</source>
        <translation>发给客户</translation>
    </message>
    <message>
        <source>Drop files here to add them to the library.</source>
        <translation>把文件拖到这里即可添加到素材库。</translation>
    </message>
    <message>
        <source>Copy material</source>
        <translation>复制素材</translation>
    </message>
    <message>
        <source>Could not list the materials: %1</source>
        <translation>无法列出素材：%1</translation>
    </message>
    <message>
        <source>Team materials are maintained by managers; guides cannot delete them.</source>
        <translation>团队素材由主管维护，导购不能删除。</translation>
    </message>
    <message>
        <source>Delete this material</source>
        <translation>删除此素材</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>未添加：%1</translation>
    </message>
    <message>
        <source>Material not added</source>
        <translation>素材未添加</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message>
        <source>Add a file to the library</source>
        <translation>添加文件到素材库</translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s).</source>
        <translation>
            <numerusform>已添加 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>部分文件未添加</translation>
    </message>
    <message>
        <source>Done, but the use was not recorded: %1</source>
        <translation>已完成，但未能记录这次使用：%1</translation>
    </message>
    <message>
        <source>Choose a material first.</source>
        <translation>请先选择素材。</translation>
    </message>
    <message>
        <source>Mini program %1, page %2</source>
        <translation>小程序 %1，页面 %2</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>未复制</translation>
    </message>
    <message>
        <source>Copied “%1”.</source>
        <translation>已复制“%1”。</translation>
    </message>
    <message>
        <source>Copied “%1” for %2 and recorded it as a follow-up.</source>
        <translation>已为 %2 复制“%1”，并记为一次跟进。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>已把“%1”保存到 %2。</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>There is nothing to open for “%1”.</source>
        <translation>“%1”没有可打开的内容。</translation>
    </message>
    <message>
        <source>Saved to %1, but no program could open it.</source>
        <translation>已保存到 %1，但没有程序能打开它。</translation>
    </message>
    <message>
        <source>Save “%1” as</source>
        <translation>将“%1”另存为</translation>
    </message>
    <message>
        <source>Save “%1” to open it</source>
        <translation>保存“%1”后打开</translation>
    </message>
    <message>
        <source>Delete material</source>
        <translation>删除素材</translation>
    </message>
    <message>
        <source>Delete “%1” from the library? This cannot be undone.</source>
        <translation>要从素材库删除“%1”吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Downloading “%1” from the server…</source>
        <translation>正在从服务器下载“%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>未下载</translation>
    </message>
    <message>
        <source>The file of “%1” is not on this computer yet and could not be downloaded: %2</source>
        <translation>“%1”的文件还不在这台电脑上，且无法下载：%2</translation>
    </message>
</context>
<context>
    <name>ll::ui::NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>WeChat &amp;nickname:</source>
        <translation>微信昵称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>手机号(&amp;P)：</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>A name is needed, even just a surname like 王女士.</source>
        <translation>需要填写姓名，哪怕只是“王女士”这样的称呼。</translation>
    </message>
</context>
<context>
    <name>ll::ui::NotesConflictDialog</name>
    <message>
        <source>Notes edited on two devices</source>
        <translation>备注在两台设备上被修改</translation>
    </message>
    <message>
        <source>The notes of “%1” were changed on two devices at the same time. Both versions are kept until you decide which one stays.</source>
        <translation>“%1”的备注在两台设备上被同时修改。在您决定保留哪一份之前，两个版本都会保留。</translation>
    </message>
    <message>
        <source>written earlier on this device</source>
        <translation>之前在本设备上写的</translation>
    </message>
    <message>
        <source>written on this device, %1</source>
        <translation>在本设备上写于 %1</translation>
    </message>
    <message>
        <source>from device %1</source>
        <translation>来自设备 %1</translation>
    </message>
    <message>
        <source>from device %1, %2</source>
        <translation>来自设备 %1，%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;On this device now&lt;/b&gt;</source>
        <translation>&lt;b&gt;本设备当前版本&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The other version&lt;/b&gt;</source>
        <translation>&lt;b&gt;另一版本&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The other version&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;另一版本&lt;/b&gt;（%1）</translation>
    </message>
    <message>
        <source>Highlighted lines are only in that version.</source>
        <translation>高亮的行只出现在该版本中。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged&lt;/b&gt; (edit freely, then save)</source>
        <translation>&lt;b&gt;合并后&lt;/b&gt;（可自由修改，然后保存）</translation>
    </message>
    <message>
        <source>Keep this device’s</source>
        <translation>保留本设备的</translation>
    </message>
    <message>
        <source>Keep the other</source>
        <translation>保留另一版本</translation>
    </message>
    <message>
        <source>Save merged</source>
        <translation>保存合并结果</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>Keep both for now (Esc)</source>
        <translation>暂时两份都保留（Esc）</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>ll::ui::ReminderNotifier</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>还有 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n 条提醒到期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::ui::RuleEditDialog</name>
    <message>
        <source>Edit reminder rule</source>
        <translation>编辑提醒规则</translation>
    </message>
    <message>
        <source>New reminder rule</source>
        <translation>新建提醒规则</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> 天前</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Team rule (for every guide)</source>
        <translation>团队规则（适用于每位导购）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Remind:</source>
        <translation>提醒(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>超过(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>商品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Holiday:</source>
        <translation>节日(&amp;H)：</translation>
    </message>
    <message>
        <source>Date &amp;field:</source>
        <translation>日期字段(&amp;F)：</translation>
    </message>
    <message>
        <source>Only customers with &amp;tags:</source>
        <translation>仅限带以下标签的客户(&amp;T)：</translation>
    </message>
    <message>
        <source>Only in &amp;stages:</source>
        <translation>仅限以下阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>Only in s&amp;tores:</source>
        <translation>仅限以下门店(&amp;T)：</translation>
    </message>
    <message>
        <source>Suggested &amp;message:</source>
        <translation>推荐话术(&amp;M)：</translation>
    </message>
    <message>
        <source>Every product</source>
        <translation>所有商品</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) per unit)</source>
        <translation>
            <numerusform>%1（每件可用 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Every holiday</source>
        <translation>所有节日</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No suggestion</source>
        <translation>不推荐话术</translation>
    </message>
    <message>
        <source> hours without contact</source>
        <translation> 小时未联系</translation>
    </message>
    <message>
        <source> days without contact</source>
        <translation> 天未联系</translation>
    </message>
    <message>
        <source> days after</source>
        <translation> 天后</translation>
    </message>
</context>
<context>
    <name>ll::ui::RulesDialog</name>
    <message>
        <source>Reminder rules</source>
        <translation>提醒规则</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>When</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Holidays…</source>
        <translation>节日(&amp;H)…</translation>
    </message>
    <message>
        <source>Team rules apply to every guide&apos;s customers.</source>
        <translation>团队规则适用于每位导购的客户。</translation>
    </message>
    <message>
        <source>Team rules are set by your manager; you can add rules of your own.</source>
        <translation>团队规则由您的主管设置；您可以添加自己的规则。</translation>
    </message>
    <message numerus="yes">
        <source>after %n day(s) without contact</source>
        <translation>
            <numerusform>%n 天未联系后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n hour(s) without contact</source>
        <translation>
            <numerusform>%n 小时未联系后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before every holiday</source>
        <translation>
            <numerusform>每个节日前 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before %1</source>
        <translation>
            <numerusform>%1前 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before “%1”</source>
        <translation>
            <numerusform>“%1”前 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>提前 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Delete the rule “%1”? Its reminders disappear from Today.</source>
        <translation>要删除规则“%1”吗？它产生的提醒会从“今日”中消失。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after a customer is handed over</source>
        <translation>
            <numerusform>客户交接后 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::ui::ScriptEditor</name>
    <message>
        <source>Customer&apos;s name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>WeChat nickname</source>
        <translation>微信昵称</translation>
    </message>
    <message>
        <source>Last product bought</source>
        <translation>最近购买的商品</translation>
    </message>
    <message>
        <source>Days since that purchase</source>
        <translation>距那次购买的天数</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎语</translation>
    </message>
    <message>
        <source>Product introduction</source>
        <translation>商品介绍</translation>
    </message>
    <message>
        <source>Objection handling</source>
        <translation>异议处理</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Run-out follow-up</source>
        <translation>用完回访</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>e.g. Welcome a new customer</source>
        <translation>例如：欢迎新客户</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <source>Team script (everyone in the store can use it)</source>
        <translation>团队话术（门店里每个人都能使用）</translation>
    </message>
    <message>
        <source>Hello {name}, …  Insert placeholders from the menu above.</source>
        <translation>{name}您好，……  可从上方菜单插入占位符。</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>插入占位符</translation>
    </message>
    <message>
        <source>Insert a placeholder at the cursor; it is filled from the selected customer.</source>
        <translation>在光标处插入占位符，它会用所选客户的信息填充。</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>分类(&amp;C)</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>内容(&amp;M)</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
</context>
<context>
    <name>ll::ui::ScriptListModel</name>
    <message numerus="yes">
        <source>%1  ·  used %n time(s)</source>
        <translation>
            <numerusform>%1  ·  已使用 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Team script, maintained by managers</source>
        <translation>团队话术，由主管维护</translation>
    </message>
    <message>
        <source>Your script</source>
        <translation>您的话术</translation>
    </message>
</context>
<context>
    <name>ll::ui::ScriptsPage</name>
    <message>
        <source>All scripts</source>
        <translation>全部话术</translation>
    </message>
    <message>
        <source>Sensitive words…</source>
        <translation>敏感词…</translation>
    </message>
    <message>
        <source>The words no script may contain; managers edit the list.</source>
        <translation>话术中不允许出现的词语；由主管编辑此列表。</translation>
    </message>
    <message>
        <source>Search scripts (pinyin works too)</source>
        <translation>搜索话术（也支持拼音）</translation>
    </message>
    <message>
        <source>&amp;New script</source>
        <translation>新建话术(&amp;N)</translation>
    </message>
    <message>
        <source>Write a new script</source>
        <translation>编写新话术</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the script</source>
        <translation>保存话术</translation>
    </message>
    <message>
        <source>&amp;Copy for customer</source>
        <translation>为客户复制(&amp;C)</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>预览客户</translation>
    </message>
    <message>
        <source>Save script</source>
        <translation>保存话术</translation>
    </message>
    <message>
        <source>Copy for customer</source>
        <translation>为客户复制</translation>
    </message>
    <message>
        <source>Could not list the scripts: %1</source>
        <translation>无法列出话术：%1</translation>
    </message>
    <message>
        <source>Could not open the script: %1</source>
        <translation>无法打开话术：%1</translation>
    </message>
    <message>
        <source>Team script: managers maintain it. You can preview and copy it, not change it.</source>
        <translation>团队话术由主管维护。您可以预览和复制，但不能修改。</translation>
    </message>
    <message>
        <source>Another guide&apos;s script: you can preview and copy it, not change it.</source>
        <translation>其他导购的话术：您可以预览和复制，但不能修改。</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1. They cannot be filled in for a customer; check the spelling or add the custom field first.</source>
        <translation>未知占位符：%1。它们无法用客户信息填充；请检查拼写，或先添加对应的自定义字段。</translation>
    </message>
    <message>
        <source>Sensitive words: %1. The script cannot be saved or copied with them.</source>
        <translation>敏感词：%1。含有这些词的话术不能保存或复制。</translation>
    </message>
    <message>
        <source>Pick a customer to see the message as they will get it.</source>
        <translation>选择一位客户，查看对方将收到的内容。</translation>
    </message>
    <message>
        <source>Team scripts are maintained by managers; guides cannot change them.</source>
        <translation>团队话术由主管维护，导购不能修改。</translation>
    </message>
    <message>
        <source>Delete this script</source>
        <translation>删除此话术</translation>
    </message>
    <message>
        <source>Save the script first</source>
        <translation>请先保存话术</translation>
    </message>
    <message>
        <source>Copy the personalised message and record it as a follow-up</source>
        <translation>复制个性化后的内容，并记为一次跟进</translation>
    </message>
    <message>
        <source>Pick a customer first: the placeholders are filled from their details</source>
        <translation>请先选择客户：占位符会用客户信息填充</translation>
    </message>
    <message>
        <source>Not saved: the script contains sensitive words.</source>
        <translation>未保存：话术包含敏感词。</translation>
    </message>
    <message>
        <source>Script not saved</source>
        <translation>话术未保存</translation>
    </message>
    <message>
        <source>The script was not saved.

%1</source>
        <translation>话术未保存。

%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Script “%1” added.</source>
        <translation>已添加话术“%1”。</translation>
    </message>
    <message>
        <source>Script “%1” saved.</source>
        <translation>已保存话术“%1”。</translation>
    </message>
    <message>
        <source>Delete script</source>
        <translation>删除话术</translation>
    </message>
    <message>
        <source>Delete the script “%1”? This cannot be undone.</source>
        <translation>要删除话术“%1”吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Script not deleted</source>
        <translation>话术未删除</translation>
    </message>
    <message>
        <source>Script “%1” deleted.</source>
        <translation>已删除话术“%1”。</translation>
    </message>
    <message>
        <source>Choose or save a script first.</source>
        <translation>请先选择或保存一条话术。</translation>
    </message>
    <message>
        <source>Pick a customer first: the placeholders are filled from their details.</source>
        <translation>请先选择客户：占位符会用客户信息填充。</translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>未复制：%1</translation>
    </message>
    <message>
        <source>Message not copied</source>
        <translation>内容未复制</translation>
    </message>
    <message>
        <source>Not copied: the message contains sensitive words.</source>
        <translation>未复制：内容包含敏感词。</translation>
    </message>
    <message>
        <source>Nothing was copied.

%1</source>
        <translation>未复制任何内容。

%1</translation>
    </message>
    <message>
        <source>Copied the message for %1 and recorded it as a follow-up.</source>
        <translation>已为 %1 复制内容，并记为一次跟进。</translation>
    </message>
    <message>
        <source>Copied and recorded; the reminders will update later (%1).</source>
        <translation>已复制并记录；提醒稍后更新（%1）。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>You changed this script. Save the changes?</source>
        <translation>您修改了这条话术。要保存吗？</translation>
    </message>
    <message>
        <source>You changed the script “%1”. Save the changes?</source>
        <translation>您修改了话术“%1”。要保存吗？</translation>
    </message>
</context>
<context>
    <name>ll::ui::SensitiveWordsDialog</name>
    <message>
        <source>Sensitive words</source>
        <translation>敏感词</translation>
    </message>
    <message>
        <source>Scripts containing these words cannot be saved or copied. Chinese words match anywhere, English words as whole words; case, full-width and traditional forms are ignored.</source>
        <translation>含有这些词的话术不能保存或复制。中文词在任意位置匹配，英文词按整词匹配；不区分大小写、全角/半角和繁/简。</translation>
    </message>
    <message>
        <source>New word, e.g. 加微信 or cashback</source>
        <translation>新词，例如：加微信 或 cashback</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Only managers and admins can change the team&apos;s sensitive words.</source>
        <translation>只有主管和管理员可以修改团队的敏感词。</translation>
    </message>
</context>
<context>
    <name>ll::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Lock after no use for:</source>
        <translation>闲置多久后锁定：</translation>
    </message>
    <message>
        <source>“Not contacted for a long time” means:</source>
        <translation>“长时间未联系”是指超过：</translation>
    </message>
    <message>
        <source>Show a desktop notification when a reminder becomes due</source>
        <translation>提醒到期时显示桌面通知</translation>
    </message>
</context>
<context>
    <name>ll::ui::SuggestedScriptDialog</name>
    <message>
        <source>This reminder&apos;s rule suggests no script.</source>
        <translation>此提醒的规则没有推荐话术。</translation>
    </message>
    <message>
        <source>Suggested message for %1</source>
        <translation>给 %1 的推荐话术</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ll::ui::SyncController</name>
    <message>
        <source>Sync cannot start: the store could not be opened a second time.</source>
        <translation>无法开始同步：数据库无法再次打开。</translation>
    </message>
    <message>
        <source>Sync is not available for this profile.</source>
        <translation>此资料库不能使用同步。</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached. Your changes are kept and sent when the network is back.</source>
        <translation>离线：无法连接服务器。您的修改已保留，网络恢复后会自动发送。</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate was not accepted, so nothing was sent. Check the server address, or ask whoever runs the server.</source>
        <translation>服务器的安全证书未被接受，因此没有发送任何内容。请检查服务器地址，或联系服务器的管理人员。</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <source>This account was disabled.</source>
        <translation>此账号已被停用。</translation>
    </message>
    <message>
        <source>The server could not complete the sync. It will be tried again later.</source>
        <translation>服务器未能完成同步，稍后会自动重试。</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
    <message>
        <source>The local data could not be updated (is the disk full?).</source>
        <translation>无法更新本地数据（磁盘是否已满？）。</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S also syncs)</source>
        <translation>保存资料（Ctrl+S 还会同步）</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>登录(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ll::ui::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Sync with the server (Ctrl+S)</source>
        <translation>与服务器同步（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>Not signed in to a server</source>
        <translation>未登录服务器</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>已同步 %1</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n 条修改等待同步</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing… %1 of %2</source>
        <translation>正在同步… %1/%2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>离线 — %n 条修改等待同步</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Notes edited on two devices: review them</source>
        <translation>有备注在两台设备上被修改：请查看处理</translation>
    </message>
    <message numerus="yes">
        <source>%n notes conflict(s)</source>
        <translation>
            <numerusform>%n 条备注冲突</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::ui::TagEditor</name>
    <message>
        <source>Add a tag… (Enter)</source>
        <translation>添加标签…（回车）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected tags (Delete)</source>
        <translation>移除选中的标签（Delete）</translation>
    </message>
</context>
<context>
    <name>ll::ui::TagFilterPanel</name>
    <message>
        <source>&lt;b&gt;Tags&lt;/b&gt;</source>
        <translation>&lt;b&gt;标签&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All</source>
        <comment>match all checked tags (AND)</comment>
        <translation>全部</translation>
    </message>
    <message>
        <source>Contacts that have every checked tag (AND)</source>
        <translation>同时有所有勾选标签的客户（且）</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>match any checked tag (OR)</comment>
        <translation>任一</translation>
    </message>
    <message>
        <source>Contacts that have at least one checked tag (OR)</source>
        <translation>至少有一个勾选标签的客户（或）</translation>
    </message>
</context>
<context>
    <name>ll::ui::TeamPage</name>
    <message>
        <source>Not logged in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the network and try again.</source>
        <translation>无法连接服务器。请检查网络后重试。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused.</source>
        <translation>服务器证书被拒绝。</translation>
    </message>
    <message>
        <source>Your login has expired: please log in again.</source>
        <translation>登录已过期：请重新登录。</translation>
    </message>
    <message>
        <source>You are not allowed to do this (%1).</source>
        <translation>您无权执行此操作（%1）。</translation>
    </message>
    <message>
        <source>It no longer exists on the server.</source>
        <translation>服务器上已不存在此项。</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>服务器拒绝了请求（%1）。</translation>
    </message>
    <message>
        <source>The server had a problem; try again later.</source>
        <translation>服务器出现问题，请稍后重试。</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原导购</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新导购</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>移交时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已跟进</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Only stuck: no follow-up after</source>
        <translation>只看停滞：移交后未跟进已超过</translation>
    </message>
    <message>
        <source>Mark selected reviewed</source>
        <translation>将所选标记为已复核</translation>
    </message>
    <message>
        <source>Mark all reviewed</source>
        <translation>全部标记为已复核</translation>
    </message>
    <message>
        <source>Reassign failed again</source>
        <translation>重新分配失败的客户</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>导购</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Follow-ups this week</source>
        <translation>本周跟进</translation>
    </message>
    <message>
        <source>Overdue reminders</source>
        <translation>逾期提醒</translation>
    </message>
    <message>
        <source>Depart staff…</source>
        <translation>办理离职…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Failed customers of the selected transfers go to this guide.</source>
        <translation>所选移交中失败的客户将交给这位导购。</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>交给：</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>移交复核</translation>
    </message>
    <message>
        <source>Team overview</source>
        <translation>团队概览</translation>
    </message>
    <message>
        <source>Customers handed to you</source>
        <translation>移交给您的客户</translation>
    </message>
    <message>
        <source>The Team page is where store managers review customers handed from one guide to another, see each guide&apos;s workload and handle departures; guides see the customers handed to them. It needs the company server: log in first (also from the status bar).</source>
        <translation>主管在团队页复核在导购之间移交的客户、查看每位导购的工作量并办理离职；导购在这里查看移交给自己的客户。此页需要连接公司服务器：请先登录（也可以从状态栏登录）。</translation>
    </message>
    <message>
        <source>Customers reassigned in your team, and how soon their new guide followed up.</source>
        <translation>您团队中被重新分配的客户，以及新导购多快跟进了他们。</translation>
    </message>
    <message>
        <source>Customers handed to you by your manager. Reach out to them soon.</source>
        <translation>主管移交给您的客户。请尽快联系他们。</translation>
    </message>
    <message>
        <source>the guide first planned</source>
        <translation>原定的导购</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未跟进</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <source>not yet (%1)</source>
        <translation>尚未跟进（已过 %1）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 — taken over from %2 on %3</source>
        <translation>%1 — %3 从 %2 接手</translation>
    </message>
    <message>
        <source>No customers have been handed to you.</source>
        <translation>还没有移交给您的客户。</translation>
    </message>
    <message>
        <source>Select failed customers to reassign them again.</source>
        <translation>选择失败的客户以重新分配。</translation>
    </message>
</context>
<context>
    <name>ll::ui::TodayPage</name>
    <message numerus="yes">
        <source>%1 — new lead, waiting %n hour(s)</source>
        <translation>
            <numerusform>%1 — 新线索，已等待 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, last contacted %n day(s) ago</source>
        <translation>
            <numerusform>%1 — %2，%n 天前联系过</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, never contacted</source>
        <translation>%1 — %2，从未联系</translation>
    </message>
    <message>
        <source>&lt;b&gt;New leads not contacted yet&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;尚未联系的新线索&lt;/b&gt; (%1)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Not contacted for more than %n day(s)&lt;/b&gt; (%1)</source>
        <translation>
            <numerusform>&lt;b&gt;超过 %n 天未联系&lt;/b&gt; (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting. Well done.</source>
        <translation>没有待办，干得好。</translation>
    </message>
    <message>
        <source>Everyone has heard from you recently.</source>
        <translation>最近每位客户都联系过了。</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>推迟到</translation>
    </message>
    <message>
        <source>&amp;Reminder rules…</source>
        <translation>提醒规则(&amp;R)…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>About</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>Mark as done (D)</source>
        <translation>标记为已完成（D）</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>到明天(&amp;T)</translation>
    </message>
    <message>
        <source>For &amp;3 days</source>
        <translation>3 天(&amp;3)</translation>
    </message>
    <message>
        <source>For a &amp;week</source>
        <translation>一周(&amp;W)</translation>
    </message>
    <message>
        <source>Until a &amp;date…</source>
        <translation>到指定日期(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>推迟(&amp;S)</translation>
    </message>
    <message>
        <source>Remind me later (S)</source>
        <translation>稍后提醒我（S）</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>忽略(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <source>Open the customer (Enter)</source>
        <translation>打开客户（回车）</translation>
    </message>
    <message>
        <source>Suggested &amp;message…</source>
        <translation>推荐话术(&amp;M)…</translation>
    </message>
    <message>
        <source>Show the rule&apos;s suggested message for this customer; C copies it directly</source>
        <translation>显示规则为这位客户推荐的话术；按 C 直接复制</translation>
    </message>
    <message>
        <source>The reminders of this customer could not be updated: %1</source>
        <translation>无法更新这位客户的提醒：%1</translation>
    </message>
    <message>
        <source>Reminders could not be regenerated: %1</source>
        <translation>无法重新生成提醒：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reminders could not be loaded: %1</source>
        <translation>无法加载提醒：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No reminders due. Add rules with “Reminder rules…”.</source>
        <translation>没有到期的提醒。可通过“提醒规则…”添加规则。</translation>
    </message>
    <message>
        <source>Copied the message for %1.</source>
        <translation>已为 %1 复制话术。</translation>
    </message>
    <message>
        <source>This reminder&apos;s rule suggests no message.</source>
        <translation>此提醒的规则没有推荐话术。</translation>
    </message>
</context>
<context>
    <name>ll::ui::TrayIcon</name>
    <message>
        <source>Open Liuliang</source>
        <translation>打开留量</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Liuliang — locked</source>
        <translation>留量 — 已锁定</translation>
    </message>
    <message numerus="yes">
        <source>Liuliang — %n contact(s) to follow up today</source>
        <translation>
            <numerusform>留量 — 今天有 %n 位客户待跟进</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::ui::UnlockDialog</name>
    <message>
        <source>Unlock Liuliang</source>
        <translation>解锁留量</translation>
    </message>
    <message>
        <source>Your customer data is locked.</source>
        <translation>客户数据已锁定。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Use &amp;keychain</source>
        <translation>使用钥匙串(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>This profile has no key file. It cannot be unlocked here.</source>
        <translation>此资料库没有密钥文件，无法在这里解锁。</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation>正在读取钥匙串…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and the input method (中/英), then try again.</source>
        <translation>密码不正确。请检查大写锁定键和输入法（中/英），然后重试。</translation>
    </message>
    <message>
        <source>The keychain did not give the key (%1). Type your passphrase instead.</source>
        <translation>未能从钥匙串取得密钥（%1）。请改为输入密码。</translation>
    </message>
    <message>
        <source>The keychain did not give the key (%1). Log in to your desktop keyring and try again.</source>
        <translation>未能从钥匙串取得密钥（%1）。请登录桌面钥匙串后重试。</translation>
    </message>
    <message>
        <source>Cannot open the profile: %1</source>
        <translation>无法打开资料库：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Liuliang: customers, tags and follow-ups for store guides.</source>
        <translation>留量：导购的客户、标签与跟进工具。</translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;.</source>
        <translation>使用 &lt;dir&gt; 中的资料库。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
</context>
</TS>
