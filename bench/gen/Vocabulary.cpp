#include "Vocabulary.h"

#include <QHash>

namespace llbench {

namespace {

QStringList split(const char* words)
{
    return QString::fromUtf8(words).split(u' ', Qt::SkipEmptyParts);
}

// Surnames in order of frequency (national statistics: 王, 李, 张 each ~7% of people).
const char kSurnames[] =
    "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 高 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 "
    "董 "
    "袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 "
    "孟 "
    "熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 欧阳 司马 诸葛";
const double kSurnameShare[] = {7.1, 7.0, 6.7, 5.4, 4.6, 3.1, 2.2, 2.0, 1.9, 1.9, 1.5, 1.5,
                                1.4, 1.3, 1.3, 1.1, 1.1, 1.0, 1.0, 0.9, 0.9, 0.8, 0.7, 0.6,
                                0.6, 0.6, 0.6, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
constexpr double kTailShare = 0.2;

const char kGiven1[] =
    "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 霞 平 刚 琳 燕 婷 颖 丹 萍 红 玲 辉 鹏 斌 宇 浩 凯 "
    "雪 梅 莉 倩 悦 欣";
const char kGiven2[] = "秀英 桂英 秀兰 玉兰 桂兰 秀珍 凤英 玉珍 玉英 兰英 玉梅 淑珍 丽娟 建华 建国 建军 志强 "
                       "志明 海燕 小红 晓燕 春梅 "
                       "红梅 丽华 文华 子涵 欣怡 梓涵 诗涵 雨涵 一诺 思琪 佳怡 梦瑶 雨欣 可馨 浩宇 宇轩 子轩 "
                       "浩然 俊杰 天佑 家豪 晓明 "
                       "丽丽 婷婷 静怡 雅琪 慧敏 美玲 佳琪 晓丽 玉婷 倩倩 文静 海涛 明轩 嘉怡 若曦 紫萱 晨曦 "
                       "欣妍 芷若 思远 秀云 桂芳 "
                       "秀梅 丽萍 小燕 晓东 春华 金凤 素芬 淑英";
const char kLatin[] =
    "Lily Amy Coco Sunny Vivian Cindy Grace Linda Emma Anna Kelly Jenny Tina Nancy Helen Rose Mia Zoe "
    "Chloe Iris Kiki Momo Lucky Candy Cherry Angel Sophia Yuki Jessie Ivy Fiona Joy Echo Summer Luna "
    "Tony Kevin Jack Leo Eric David Peter Sam Andy Jason";
const char kNickWords[] =
    "阳光 快乐每一天 岁月静好 花开半夏 小鱼儿 美美哒 微笑 向日葵 糖果 布丁 橙子 晴天 云朵 安静的猫 "
    "木子 一一 小太阳 暖暖 知足常乐 平安是福 心若向阳 静待花开 简单 追梦人 樱桃小丸子 大白 奶茶 "
    "甜甜圈 小确幸 清风徐来 半糖主义 海阔天空";
const char kEmoji[] = "🌸 🌹 🍀 ☀️ 🌙 ✨ 💕 🐱 🍓 🌈";
const char kCities[] =
    "上海 北京 广州 深圳 杭州 成都 重庆 南京 武汉 西安 苏州 天津 长沙 郑州 青岛 宁波 东莞 佛山 合肥 "
    "济南 厦门 福州 昆明 沈阳 大连 无锡 哈尔滨 长春 南昌 石家庄 南宁 贵阳 太原 温州 泉州 珠海 中山 "
    "常州 徐州 烟台";
const char kNoteParts[] =
    "喜欢保湿类产品 对价格比较敏感 周末方便联系 皮肤偏干 混合性皮肤 上次买了精华液 孩子上小学 "
    "不喜欢电话打扰，微信联系 "
    "老客户介绍来的 生日前一周提醒 偏爱淡香型 关注会员积分 想要美白效果 晚上八点后回复 在附近写字楼上班 "
    "喜欢新品试用 敏感肌，注意成分 每季度换季采购 会带朋友一起来 对直播活动感兴趣 更看重品牌 买过两次套装 "
    "咨询过抗衰老系列 要求送货上门 婚礼前需要全套护肤 常买给妈妈的礼物 喜欢小样 只在大促时购买 过敏体质 "
    "VIP群成员";
const char kFollowNotes[] =
    "介绍了新品精华 发送了会员日活动 提醒积分即将过期 邀请参加周末沙龙 回访使用感受 推荐了防晒系列 "
    "确认了到店时间 发送了试用装领取链接 生日祝福 节日问候 补货提醒 解答了成分问题 发送了搭配建议 "
    "跟进上次的咨询 告知到货通知";
const char kOutcomes[] = "已回复 未回复 未接通 已到店 已成交 考虑中 无意向 约了下次";
const char kTagGroups[] =
    "客户来源 消费能力 肤质 兴趣偏好 生命周期 会员等级 购买品类 活动参与 年龄段 职业 到店频次 "
    "沟通偏好 节日关怀 家庭情况 风格偏好 价格敏感度 复购意向 服务评价 渠道偏好 重点跟进";
const char kTagWords[] =
    "高潜力 已购 复购 沉睡 新客 老客 VIP 黄金会员 白金会员 钻石会员 干皮 油皮 敏感肌 混合皮 美白 抗老 保湿 "
    "彩妆控 香水爱好者 直播观众 沙龙常客 宝妈 白领 学生 退休 自由职业 每周到店 每月到店 偶尔到店 只用微信 "
    "接受电话 生日月 三八节 双十一 年货节 已婚 有孩子 养宠物 简约风 甜美风 通勤风 运动风 价格敏感 品质优先 "
    "高复购 低复购 好评 中评 差评 线上 线下 小程序 企业微信 重点 次重点 观察 待激活 流失预警";
const char kCategories[] = "护肤 彩妆 香水 个护 服装 鞋包 配饰 母婴 保健 家居";
const char kProductWords[] =
    "水润 焕颜 清透 修护 紧致 亮白 轻盈 丝滑 极光 臻享 玫瑰 山茶 积雪草 玻尿酸 烟酰胺 氨基酸";
const char kProductTypes[] =
    "精华液 面霜 爽肤水 乳液 面膜 防晒霜 洁面乳 眼霜 口红 粉底液 香水 身体乳 护手霜 卸妆油";
const char kMobilePrefixes[] =
    "130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 170 "
    "171 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 195 198 199";

std::vector<double> surnameWeights(int n)
{
    std::vector<double> w(static_cast<std::size_t>(n), kTailShare);
    for (std::size_t i = 0; i < std::size(kSurnameShare) && i < w.size(); ++i)
        w[i] = kSurnameShare[i];
    return w;
}

// Customers from Hong Kong, Taiwan or older records write some surnames in Traditional script;
// search folds them to Simplified, so a few of them keep that path honest.
QString traditionalSurname(const QString& s)
{
    static const QHash<QString, QString> map{
        {QStringLiteral("张"), QStringLiteral("張")}, {QStringLiteral("陈"), QStringLiteral("陳")},
        {QStringLiteral("刘"), QStringLiteral("劉")}, {QStringLiteral("黄"), QStringLiteral("黃")},
        {QStringLiteral("赵"), QStringLiteral("趙")}, {QStringLiteral("吴"), QStringLiteral("吳")},
        {QStringLiteral("杨"), QStringLiteral("楊")}, {QStringLiteral("郑"), QStringLiteral("鄭")},
        {QStringLiteral("许"), QStringLiteral("許")}, {QStringLiteral("冯"), QStringLiteral("馮")}};
    return map.value(s, s);
}

const QString& pick(const QStringList& list, Prng& rng)
{
    return list[qsizetype(rng.below(std::uint64_t(list.size())))];
}

} // namespace

Vocabulary::Vocabulary()
    : m_surnames(split(kSurnames))
    , m_surnamePicker(surnameWeights(int(m_surnames.size())))
    , m_given1(split(kGiven1))
    , m_given2(split(kGiven2))
    , m_latin(split(kLatin))
    , m_nickWords(split(kNickWords))
    , m_emoji(split(kEmoji))
    , m_cities(split(kCities))
    , m_cityPicker(zipfWeights(int(m_cities.size()), 0.9))
    , m_noteParts(split(kNoteParts))
    , m_followNotes(split(kFollowNotes))
    , m_outcomes(split(kOutcomes))
    , m_tagGroups(split(kTagGroups))
    , m_tagWords(split(kTagWords))
    , m_categories(split(kCategories))
    , m_productWords(split(kProductWords) + split(kProductTypes))
    , m_mobilePrefixes(split(kMobilePrefixes))
{}

QString Vocabulary::personName(Prng& rng) const
{
    QString surname = m_surnames[m_surnamePicker.pick(rng)];
    if (rng.chance(0.02))
        surname = traditionalSurname(surname);
    return surname + (rng.chance(0.45) ? pick(m_given1, rng) : pick(m_given2, rng));
}

QString Vocabulary::nickname(Prng& rng, const QString& name) const
{
    const auto roll = rng.below(100);
    if (roll < 30)
        return pick(m_nickWords, rng);
    if (roll < 55)
        return pick(m_latin, rng);
    if (roll < 70)
        return pick(m_latin, rng) + name.left(1);
    if (roll < 80)
        return QStringLiteral("小") + name.right(1);
    if (roll < 90)
        return pick(m_nickWords, rng) + pick(m_emoji, rng);
    if (roll < 95)
        return pick(m_latin, rng) + QStringLiteral("_%1").arg(rng.between(1970, 2005));
    return name;
}

QString Vocabulary::wechatId(Prng& rng) const
{
    const auto roll = rng.below(100);
    if (roll < 45)
        return QStringLiteral("wxid_") + rng.text("abcdefghijklmnopqrstuvwxyz0123456789", 14);
    if (roll < 75)
        return pick(m_latin, rng).toLower() + QStringLiteral("_%1").arg(rng.between(1970, 2005));
    return {};
}

QString Vocabulary::mobile(Prng& rng) const
{
    return pick(m_mobilePrefixes, rng) + rng.text("0123456789", 8);
}

QString Vocabulary::city(Prng& rng) const
{
    return m_cities[m_cityPicker.pick(rng)];
}

QString Vocabulary::contactNote(Prng& rng) const
{
    QStringList parts;
    const int n = rng.between(1, 3);
    for (int i = 0; i < n; ++i)
        parts << pick(m_noteParts, rng);
    return parts.join(QStringLiteral("；"));
}

QString Vocabulary::followUpNote(Prng& rng) const
{
    return pick(m_followNotes, rng);
}

QString Vocabulary::followUpOutcome(Prng& rng) const
{
    return pick(m_outcomes, rng);
}

QString Vocabulary::productName(Prng& rng, int index) const
{
    const QStringList& w = m_productWords;
    return w[index % 16] + w[16 + (index / 16) % (w.size() - 16)] +
           QStringLiteral(" %1ml").arg(rng.between(1, 10) * 10);
}

QString Vocabulary::productCategory(int index) const
{
    return m_categories[index % m_categories.size()];
}

QString Vocabulary::tagName(int group, int index) const
{
    // Consecutive words, shifted per group: unique within a group while index < the word count.
    return m_tagWords[(qsizetype(group) * 7 + index) % m_tagWords.size()];
}

} // namespace llbench
