package org.retailerdesk.demodata.internal;

import java.util.List;
import java.util.random.RandomGenerator;

/** Words the demo centre is made of: a prefecture-level city with urban districts and rural counties. */
final class Vocabulary {

    /** District name, six-digit administrative code, urban share of its retailers. */
    record DistrictSeed(String name, String code, double urbanShare, List<String> towns) {
    }

    static final List<DistrictSeed> DISTRICTS = List.of(
            new DistrictSeed("历下区", "370102", 0.97, List.of("姚家", "龙洞", "智远")),
            new DistrictSeed("市中区", "370103", 0.93, List.of("党家", "十六里河", "兴隆")),
            new DistrictSeed("槐荫区", "370104", 0.92, List.of("段店", "张庄", "吴家堡")),
            new DistrictSeed("天桥区", "370105", 0.88, List.of("桑梓店", "大桥", "药山")),
            new DistrictSeed("历城区", "370112", 0.70, List.of("港沟", "柳埠", "仲宫", "西营", "彩石")),
            new DistrictSeed("长清区", "370113", 0.45, List.of("崮云湖", "平安", "万德", "孝里", "归德")),
            new DistrictSeed("章丘区", "370114", 0.40, List.of("明水", "双山", "圣井", "官庄", "文祖", "相公庄")),
            new DistrictSeed("济阳区", "370115", 0.30, List.of("济北", "回河", "崔寨", "曲堤", "仁风")),
            new DistrictSeed("莱芜区", "370116", 0.35, List.of("凤城", "口镇", "羊里", "苗山", "雪野")),
            new DistrictSeed("钢城区", "370117", 0.45, List.of("艾山", "里辛", "颜庄")),
            new DistrictSeed("平阴县", "370124", 0.25, List.of("榆山", "东阿", "孝直", "洪范池", "玫瑰")),
            new DistrictSeed("商河县", "370126", 0.20, List.of("许商", "殷巷", "怀仁", "龙桑寺", "郑路")));

    static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
            + "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔").split("");

    static final String[] GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英建华国庆玉兰志强海燕建国红梅文斌"
            + "春生德胜凤英宝山金花立新永红建军淑珍长青晓东玉珍福林秀云俊杰丽娟春燕志刚").split("");

    static final String[] ROADS = { "经十路", "泺源大街", "解放路", "和平路", "山大路", "花园路", "工业南路", "二环东路", "历山路",
            "文化东路", "明湖路", "北园大街", "堤口路", "济泺路", "英雄山路", "经七路", "纬二路", "大观园街", "泉城路", "舜耕路",
            "旅游路", "凤鸣路", "汇源大街", "绣源河路", "鲁中大街", "府前街", "振兴街", "新华路" };

    static final String[] SHOP_WORDS = { "福源", "鑫隆", "兴旺", "好运来", "万家", "惠民", "利民", "顺发", "金鼎", "众联", "佳和",
            "永盛", "宏达", "吉祥", "如意", "家家乐", "四季", "泉福", "德信", "百顺", "华联", "同心", "康乐", "晨光", "友谊" };

    static final String[] VILLAGE_SUFFIX = { "村", "庄", "屯", "店", "营" };

    private Vocabulary() {
    }

    static String pick(RandomGenerator random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    static <T> T pick(RandomGenerator random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    static String personName(RandomGenerator random) {
        String name = pick(random, SURNAMES) + pick(random, GIVEN);
        return random.nextInt(3) == 0 ? name : name + pick(random, GIVEN);
    }

    static String mobile(RandomGenerator random) {
        String[] prefixes = { "130", "131", "133", "135", "137", "138", "139", "150", "151", "153", "155", "158", "159",
                "176", "177", "180", "182", "185", "186", "187", "188", "189", "199" };
        return pick(random, prefixes) + String.format("%08d", random.nextInt(100_000_000));
    }

    static String landline(RandomGenerator random) {
        return "0531-" + (8 + random.nextInt(2)) + String.format("%07d", random.nextInt(10_000_000));
    }
}
