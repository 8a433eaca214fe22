package seeds

// needIdea is a need residents name, as a survey records it; share is about
// how many of the respondents name it.
type needIdea struct {
	category, title, description string
	share                        float64
}

// needsByType are the needs each kind of community names most, after the
// seed paper: elder care and run-down surroundings in old neighbourhoods,
// neighbours who no longer meet and lost livelihoods where villages became
// residential communities, safety and newcomers in urban villages.
var needsByType = map[string][]needIdea{
	"old_neighborhood": {
		{"elderly_care", "高龄独居老人缺少日常探访和应急呼叫", "楼院内80岁以上独居老人较多，子女不在身边，居民担心老人突发疾病无人发现，希望有人定期上门探访并安装紧急呼叫设备。", 0.55},
		{"elderly_care", "老年人就餐不便，希望开设社区助餐点", "不少老人做饭困难，附近没有价格合适的老年餐桌，希望社区提供助餐或送餐服务。", 0.5},
		{"environment", "楼道堆物多，垃圾清运不及时", "老旧楼院没有物业，楼道杂物长期堆放，垃圾桶满溢，夏季异味大，也有消防隐患。", 0.45},
		{"environment", "楼院缺少绿化和休息座椅", "院内空地被车辆占满，老人晒太阳、聊天没有坐的地方，希望改造一处小微公共空间。", 0.25},
		{"safety", "电线老化，电动车在楼道充电隐患大", "老楼线路多年未改造，居民把电动车推进楼道充电，希望增设集中充电桩并开展消防宣传。", 0.3},
		{"health", "慢病老人希望就近测血压血糖、有人指导用药", "患高血压、糖尿病的老人多，去医院排队不便，希望社区定期上门测量并讲解用药。", 0.35},
		{"disability_support", "无电梯，行动不便的老人和残疾人下楼难", "六层老楼没有电梯，坐轮椅的居民常年不能下楼，希望有志愿者帮助出行。", 0.2},
	},
	"village_to_residence": {
		{"neighbor_relations", "回迁后老街坊走动少，新老居民互不认识", "村改居后原来的村民分散住进高层楼房，老邻居见面机会少，新入住居民与回迁居民缺少交流，希望多组织邻里活动。", 0.5},
		{"employment", "失地居民缺少就业门路，希望开展技能培训", "部分中年居民土地征收后没有稳定工作，希望社区对接家政、保安、育婴等技能培训和招聘信息。", 0.45},
		{"participation", "居民不清楚小区事务怎么参与，议事会很少召开", "回迁居民习惯村里的管理方式，对业委会、议事会不了解，希望有人讲解并带动大家参与。", 0.3},
		{"environment", "楼院内私搭乱建、毁绿种菜", "一些居民在绿地上种菜、搭棚，邻里之间因此常有争执，希望协商制定公约。", 0.3},
		{"elderly_care", "留守老人白天无人照料", "年轻人外出上班，老人白天独自在家，希望有日间照料和陪伴活动。", 0.35},
		{"child_care", "双职工家庭孩子放学后无人看管", "小学放学早，家长下班晚，孩子放学后在小区里无人看管，希望开设四点半课堂。", 0.4},
		{"culture_sports", "缺少适合中老年人的文体活动场地", "回迁前村里有大院可以扭秧歌、下象棋，搬进楼房后没有合适的活动场地。", 0.3},
	},
	"urban_village": {
		{"safety", "出租屋多、流动人口多，夜间治安让人担心", "出租房屋集中，人员进出频繁，部分巷道没有路灯，居民希望加强夜间巡逻和出租屋管理。", 0.45},
		{"environment", "街巷狭窄，垃圾乱倒、污水外溢", "街巷垃圾投放点少，垃圾随意堆放，下雨后污水外溢，居民希望整治环境并宣传垃圾分类。", 0.5},
		{"child_care", "外来务工家庭子女放学后无人照看", "不少务工家庭父母早出晚归，孩子放学后在街巷里玩耍，存在安全隐患。", 0.4},
		{"neighbor_relations", "新市民融入难，与本地居民缺少交流", "外来租住人员和本地居民之间很少往来，遇到纠纷缺少沟通渠道。", 0.35},
		{"employment", "务工人员希望获得就业信息和权益咨询", "务工人员常遇到拖欠工资、合同不规范等问题，希望有就业信息和法律咨询。", 0.25},
		{"health", "缺少便民的健康咨询和义诊", "附近只有小诊所，居民希望定期有医生来社区义诊、讲解常见病预防。", 0.25},
		{"safety", "消防通道被占，电动车违规充电", "巷道被车辆和杂物占用，消防车难以进入，电动车飞线充电现象普遍。", 0.35},
	},
	"shantytown_renovation": {
		{"neighbor_relations", "安置后新邻居之间缺少信任，矛盾调解渠道少", "来自不同片区的安置居民混居，因噪音、漏水、停车等问题产生的纠纷较多，希望有人居中调解。", 0.4},
		{"employment", "困难家庭就业难，希望提供公益岗位和技能培训", "安置居民中低收入家庭比例高，不少人没有稳定收入，希望开发公益岗位、组织技能培训。", 0.4},
		{"elderly_care", "安置小区老人多，缺少日间照料场所", "老年人口占比高，社区用房紧张，老人白天没有可去的活动和照料场所。", 0.4},
		{"disability_support", "残疾人家庭缺少康复和托养服务", "安置的残疾人家庭照料负担重，希望提供上门康复指导和短期托养。", 0.2},
		{"child_care", "困境儿童学业辅导和心理关爱不足", "部分单亲、低保家庭的孩子学习跟不上，情绪问题较多，希望有志愿者辅导和陪伴。", 0.3},
		{"participation", "居民对小区管理有意见，但缺少表达渠道", "物业服务、公共收益等问题居民意见较大，希望定期召开议事会公开讨论。", 0.3},
		{"environment", "公共设施损坏后长期无人维修", "健身器材、路灯、单元门损坏后报修无人回应，居民希望明确维修责任。", 0.35},
	},
	"commodity_housing": {
		{"child_care", "0至3岁婴幼儿托育服务不足", "年轻家庭多，附近托育机构价格高、名额少，希望社区提供普惠托育或互助看护。", 0.35},
		{"child_care", "寒暑假孩子缺少安全的活动去处", "假期家长上班，孩子只能在家看电视、玩手机，希望社区开设假期托管和兴趣活动。", 0.4},
		{"culture_sports", "缺少亲子活动和青少年兴趣课程", "社区活动以老年人为主，年轻家庭和青少年参与的活动很少。", 0.35},
		{"participation", "业主与物业矛盾多，希望有协商平台", "停车、收费、维修基金使用等问题反复争执，希望建立业主、物业、社区三方协商机制。", 0.4},
		{"neighbor_relations", "住了多年不认识对门邻居", "居民早出晚归，邻里之间几乎没有来往，遇到困难不知道找谁帮忙。", 0.45},
		{"environment", "不文明养犬、宠物粪便问题突出", "小区养犬户多，遛狗不牵绳、粪便不清理引发邻里矛盾，希望倡导文明养宠。", 0.35},
		{"health", "年轻家庭希望有心理健康和育儿讲座", "工作压力大、育儿焦虑普遍，希望社区请专业人员开展讲座和小组辅导。", 0.2},
	},
}

// commonNeeds are what residents of every kind of community name: the
// paper's weak cohesion, strangers, monotonous cultural life and low
// participation.
var commonNeeds = []needIdea{
	{"culture_sports", "文化活动形式单一，年轻人参与少", "社区活动多是广场舞和讲座，形式单一，上班族和年轻人很少参加。", 0.35},
	{"participation", "活动通知不到位，很多居民不知道社区有什么活动", "通知只贴在公告栏和几个微信群里，不少居民从没参加过社区活动，希望改进宣传方式。", 0.3},
	{"neighbor_relations", "陌生面孔多，邻里之间缺少互助", "居民之间互不相识，有困难不愿求助邻居，希望建立楼栋互助小组。", 0.35},
	{"safety", "老年人容易上当受骗，希望开展防诈宣传", "保健品推销、电话诈骗时有发生，希望民警和志愿者经常来讲解防骗知识。", 0.3},
	{"health", "希望定期开展义诊和健康讲座", "居民希望社区卫生服务站定期来做体检、讲健康知识。", 0.3},
	{"other", "缺少便民维修和代办服务", "小家电维修、代缴费用等小事找不到人帮忙，希望有志愿者定期提供便民服务。", 0.2},
}

// fittingNeeds are the need categories a project of an organization
// category can answer.
var fittingNeeds = map[string][]string{
	"elderly_care":      {"elderly_care", "health"},
	"child_youth":       {"child_care", "culture_sports"},
	"disability":        {"disability_support", "elderly_care"},
	"community_service": {"neighbor_relations", "participation", "employment"},
	"culture_sports":    {"culture_sports", "neighbor_relations"},
	"charity":           {"employment", "other", "elderly_care"},
	"environment":       {"environment"},
	"education":         {"culture_sports", "child_care"},
	"health":            {"health", "elderly_care"},
	"legal_aid":         {"safety", "neighbor_relations"},
	"other":             {"other", "participation"},
}

// ideaFor answers a need of the given category for a community of the given
// type: the type's own first, else a common one.
func ideaFor(kind, category string) (needIdea, bool) {
	for _, pool := range [][]needIdea{needsByType[kind], commonNeeds} {
		for _, n := range pool {
			if n.category == category {
				return n, true
			}
		}
	}
	return needIdea{}, false
}
