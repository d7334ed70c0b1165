/**
 * The preset dictionary of link format 1 (deflate's FDICT idea, RFC 1950 §2.2, used here with raw deflate):
 * words that recur on shop receipts in Chinese and English, so even a short receipt finds earlier matches.
 * Generic words and widely sold brands only, no particular shop. Deflate reaches back at most 32 KiB and nearer matches are cheaper,
 * so the most common words come last. Part of format 1: never edit; a new dictionary needs a new version.
 */
// Imports nothing: the build config reads this module as it is, to put the text in the page.

const WORDS = [
  // English: goods and shop words
  'Sandwich Muffin Bagel Cookie Cake Bread Salad Soup Juice Smoothie Milk Water Soda Beer Wine Tea Green Tea',
  'Cappuccino Americano Mocha Latte Espresso Croissant Coffee Chocolate Chips Snack Cable Charger Battery Bag',
  'Street Road Avenue Square Ltd Inc Co. Shop Store Market Restaurant Bakery Café Mart Plaza Floor Tel',
  'Visa Mastercard Amex Debit Credit Card Cash Change Tip Discount Member Coupon Tax VAT Subtotal Total',
  'Thank you for shopping with us! Thank you! Please come again. Receipt Cashier Merci !',
  // Chinese: widely sold consumer brands (drinks, snacks, staples, household goods)
  '中华 利群 双鹿 汰渍 奥妙 立白 蓝月亮 黑人 佳洁士 云南白药 潘婷 飘柔 海飞丝 力士 洁柔 心相印 维达 太太乐 老干妈 李锦记',
  '福临门 鲁花 绿箭 益达 士力架 徐福记 上好佳 可比克 雀巢 金典 安慕希 特仑苏 君乐宝 光明 伊利 维他 东方树叶 元气森林 百岁山 怡宝',
  '脉动 加多宝 王老吉 卫龙 良品铺子 三只松鼠 好丽友 达利园 白象 今麦郎 统一 娃哈哈 百事可乐 雪碧 芬达 东鹏特饮 战马 雪花 百威 燕京 哈尔滨',
  '南孚 高露洁 舒肤佳 清风 海天 金标 五常 金龙鱼 德芙 乐事 旺旺 奥利奥 蒙牛 康师傅 可口可乐 农夫山泉 红牛 青岛啤酒',
  // Chinese: goods
  '雨伞 香烟 打火机 火腿肠 牛肉干 猪肉 鸡肉 水果 蔬菜 苹果 香蕉 面粉 食用油 调和油 花生油 酱油 生抽 老抽 醋 食盐 白糖',
  '洗发水 沐浴露 洗衣液 牙刷 牙膏 香皂 肥皂 湿巾 卫生纸 抽纸 纸巾 电池 充电器 数据线 口香糖 糖果 薯片 巧克力 饼干 夹心',
  '蛋糕 面包 方便面 牛肉面 红烧 五连包 大米 鸡蛋 酸奶 纯牛奶 牛奶 果汁 绿茶 红茶 奶茶 咖啡 饮料 啤酒 可乐 矿泉水 纯净水 饮用天然水 饮用水',
  // Chinese: units and packs
  '公斤 千克 斤 克 毫升 升 个 件 包 袋 盒 瓶 罐 支 条 片 箱 装 原味 味 ml 500ml 330ml 250ml 1L 5L kg 5kg 100g',
  // Chinese: shop, address and receipt words
  '有限公司 分店 连锁 超市 便利店 餐厅 省 市 区 县 镇 路 街 大道 号 楼 层 室 电话 地址 税号 收银员 收银台 机号 单号 流水号 小票',
  '数量 单价 金额 小计 合计 总计 应收 实收 找零 优惠 折扣 满减 会员 积分 满 减 现金 刷卡 扫码 信用卡 储蓄卡 支付宝 银联卡 微信支付',
  '欢迎光临 请妥善保管小票 谢谢惠顾，欢迎再次光临！',
];

/** The dictionary as text, as the page carries it for the viewer (`viewer/dictionary.ts`). */
export const LINK_DICTIONARY_TEXT = WORDS.join('\n');
