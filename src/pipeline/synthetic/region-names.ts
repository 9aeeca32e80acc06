/**
 * Real district and county names for synthetic corpora: three characters each (two plus 区 or 县), like
 * the regions of the bundled reports, so a renamed text keeps its line widths. None is in Beijing (the
 * bundled reports name Beijing's districts), and none repeats: their pinyin slugs are distinct too
 * (tests/unit/pipeline/synthetic/region-names.test.ts).
 */
export const SYNTHETIC_REGIONS: readonly string[] = [
  // Zhejiang
  "余杭区 萧山区 上城区 拱墅区 西湖区 滨江区 富阳区 临安区 鄞州区 镇海区 北仑区 奉化区 海曙区 越城区 柯桥区 上虞区",
  "婺城区 金东区 椒江区 黄岩区 路桥区 鹿城区 龙湾区 瓯海区 南湖区 秀洲区 吴兴区 南浔区 定海区 莲都区 柯城区 衢江区",
  "长兴县 德清县 安吉县 桐庐县 淳安县 宁海县 象山县 永嘉县 平阳县 苍南县 文成县 泰顺县 嘉善县 海盐县 仙居县 天台县",
  "缙云县 遂昌县 松阳县 庆元县",
  // Jiangsu
  "玄武区 秦淮区 建邺区 鼓楼区 栖霞区 雨花区 浦口区 溧水区 高淳区 吴中区 相城区 姑苏区 虎丘区 吴江区 滨湖区",
  "梁溪区 新吴区 锡山区 惠山区 武进区 新北区 天宁区 钟楼区 金坛区 江宁区",
  // Fujian, Anhui, Jiangxi
  "思明区 湖里区 集美区 海沧区 同安区 翔安区 仓山区 晋安区 马尾区 长乐区 城厢区 涵江区 荔城区 秀屿区 丰泽区 洛江区",
  "龙文区 包河区 蜀山区 庐阳区 瑶海区 镜湖区 弋江区 东湖区 新建区 湾里区",
  // Shandong
  "历下区 槐荫区 天桥区 章丘区 长清区 济阳区 莱芜区 钢城区 崂山区 李沧区 城阳区 黄岛区 即墨区 芝罘区 福山区 牟平区",
  "莱山区 奎文区 潍城区 寒亭区 坊子区 张店区 淄川区 博山区 临淄区 周村区 岱岳区 兰山区 罗庄区 河东区 东昌区 德城区",
  "陵城区 垦利区 滨城区 沾化区 牡丹区 定陶区 任城区 兖州区",
  // Hubei, Hunan, Henan
  "江岸区 江汉区 硚口区 汉阳区 武昌区 青山区 洪山区 蔡甸区 江夏区 黄陂区 新洲区 芙蓉区 天心区 岳麓区 开福区 望城区",
  "金水区 管城区 惠济区 上街区",
  // Guangdong, Guangxi
  "天河区 越秀区 海珠区 荔湾区 白云区 黄埔区 番禺区 花都区 南沙区 从化区 增城区 福田区 罗湖区 南山区 宝安区 龙岗区",
  "盐田区 龙华区 坪山区 青秀区 兴宁区 江南区 良庆区 邕宁区 武鸣区",
  // Sichuan, Chongqing, Yunnan, Guizhou
  "锦江区 青羊区 金牛区 武侯区 成华区 新都区 温江区 双流区 郫都区 涪陵区 渝中区 南岸区 北碚区 綦江区 大足区",
  "渝北区 巴南区 黔江区 长寿区 江津区 合川区 永川区 南川区 璧山区 铜梁区 潼南区 荣昌区 开州区 梁平区 盘龙区",
  "官渡区 呈贡区 晋宁区 南明区 云岩区 花溪区 乌当区",
  // Shaanxi, Shanxi, Hebei
  "碑林区 莲湖区 灞桥区 未央区 雁塔区 阎良区 临潼区 长安区 高陵区 鄠邑区 小店区 迎泽区 晋源区 桥西区 藁城区 鹿泉区",
  "栾城区",
  // Northeast
  "沈河区 大东区 皇姑区 铁西区 浑南区 于洪区 西岗区 金州区 南关区 宽城区 绿园区 双阳区 道里区 南岗区 道外区 平房区",
  "松北区 香坊区 呼兰区 阿城区",
  // Tianjin, Shanghai
  "河西区 南开区 红桥区 东丽区 西青区 津南区 北辰区 武清区 宝坻区 宁河区 静海区 蓟州区 徐汇区 长宁区 静安区 普陀区",
  "虹口区 杨浦区 闵行区 宝山区 嘉定区 金山区 松江区 青浦区 奉贤区 崇明区",
].flatMap((group) => group.split(" "));
