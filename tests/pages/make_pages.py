"""Render the hand-written articles below into the raw test pages of this folder.

Run once by hand (python tests/pages/make_pages.py); the pages and their expected JSON were reviewed and committed."""
import json, pathlib
OUT = pathlib.Path(__file__).resolve().parent

NOSTART = '，。、；：？！”’）》'
NOEND = '“‘（《'
def wrap(text, width, first_short=2):
    lines, cur, limit = [], '', width - first_short
    for i, ch in enumerate(text):
        cur += ch
        nxt = text[i + 1] if i + 1 < len(text) else ''
        if len(cur) >= limit and nxt not in NOSTART and ch not in NOEND:
            lines.append(cur); cur = ''; limit = width
    if cur: lines.append(cur)
    return lines

def sparse(paras, width):
    out = []
    for kind, t in paras:
        if kind == 'heading':
            out += [t, '']
        elif kind == 'heading2':
            a, b = t
            out += [a, b, '']
        elif kind == 'attribution':
            out += [t, '']
        else:
            for ln in wrap(t, width):
                out += [ln, '']
    return out

def dense(paras, width):
    out = []
    for kind, t in paras:
        if kind == 'attribution':
            out += [t, '']
        else:
            out += wrap(t, width) + ['']
    return out

P = {}
# 1. one article: title, byline, sparse body, note
body1 = [
 ('paragraph', '城市更新是推动高质量发展的重要抓手。近年来，各地坚持以人民为中心的发展思想，统筹推进老旧小区改造、完整社区建设和历史街区保护，居民的获得感明显增强。'),
 ('paragraph', '实践表明，城市更新不能搞大拆大建，而要坚持留改拆并举，注重延续城市文脉。要把群众需求作为出发点，充分听取居民意见，让改造方案更接地气。'),
 ('paragraph', '下一步，要健全城市更新的制度体系，完善土地、规划、金融等配套政策，鼓励社会资本有序参与，形成政府引导、市场运作、公众参与的可持续模式。'),
]
P['one_article'] = ['以城市更新提升群众生活品质', '', '钱晓峰', ''] + sparse(body1, 18) + ['（作者单位：江南城市规划研究院）', '']
# 2. no headline block at all
body2 = [
 ('paragraph', '乡村振兴离不开人才支撑。要完善乡村人才引进机制，吸引高校毕业生、返乡创业人员投身农业农村现代化建设，为乡村发展注入新的活力。'),
 ('paragraph', '同时，要加强本土人才培养，依托职业院校和农民培训中心，开展种养技术、电商营销等实用技能培训，让更多农民成为懂技术、会经营的新型职业农民。'),
]
P['no_headline'] = [''] + sparse(body2, 19)
# 3. two authors, title over two lines, dense body, 作者为 note
body3 = [
 ('paragraph', '数字技术正在深刻改变劳动者的就业方式。平台经济催生了大量新就业形态，为劳动者提供了灵活多样的就业机会，也对劳动权益保障提出了新的课题。'),
 ('paragraph', '要加快完善相关法律法规，明确平台企业在劳动报酬、休息休假、职业伤害保障等方面的责任，推动建立公平合理的算法规则，让劳动者在数字时代更有尊严。'),
 ('paragraph', '工会组织要主动适应新变化，创新入会方式和服务手段，把新就业形态劳动者最大限度地组织起来、团结起来。'),
]
P['two_authors'] = ['让劳动者在数字时代', '', '更有尊严', '王海 陈晓明', ''] + dense(body3, 25) + ['（作者为北方大学劳动经济研究中心研究员）', '']
# 4. pull quote before title, numbered subheadings, sparse
body4 = [
 ('paragraph', '职业教育是培养高素质技术技能人才的主阵地。面对产业转型升级的新要求，职业教育必须在办学模式、培养方式上加快改革步伐。'),
 ('heading', '一、深化产教融合'),
 ('paragraph', '要推动学校与企业共建实训基地，共同制定人才培养方案，让学生在真实的生产环境中锤炼本领，实现教学内容与岗位需求无缝衔接。'),
 ('heading', '二、提升师资水平'),
 ('paragraph', '要建立教师定期到企业实践的制度，引进企业能工巧匠担任兼职教师，打造一支既懂理论又会实操的双师型教师队伍。'),
]
box4 = '职业教育必须在办学模式、培养方式上加快改革步伐，让学生在真实的生产环境中锤炼本领。'
P['pull_quote_first'] = ['●观 点', ''] + sum(([l, ''] for l in wrap(box4, 12, 0)), []) + ['以改革创新推动职业教育提质培优', '', '孙立群', ''] + sparse(body4, 19) + ['（作者系东海职业技术学院院长）', '']
# 5. column, kicker, subtitle, no subheadings, 2 articles, second one's headline detached before the first's note
body5a = [
 ('paragraph', '安全生产事关人民群众生命财产安全。各级工会要坚持人民至上、生命至上，扎实开展群众性安全生产监督检查，推动企业落实安全生产主体责任。'),
 ('paragraph', '要充分发挥职工群众的监督作用，畅通隐患举报渠道，对发现的问题及时督促整改，把事故隐患消除在萌芽状态。'),
]
body5b = [
 ('paragraph', '职工书屋是丰富职工精神文化生活的重要阵地。要加强书屋的规范化建设，及时更新图书资源，推动数字书屋向基层延伸。'),
 ('paragraph', '要围绕职工阅读需求开展形式多样的读书活动，举办读书分享会、知识竞赛等，营造爱读书、读好书的浓厚氛围。'),
]
# the second article of page 5 (kicker over title), set again under the banner of page 7
article5b = (['推进职工文化建设', '', '让职工书屋成为滋养心灵的精神家园', '', '黄丽', '']
    + sparse(body5b, 18) + ['（作者单位：南方职工文化研究会）', ''])
P['column_kicker_subtitle'] = ([' G 安全视点', '', '筑牢安全生产人民防线', '', '——关于工会参与安全生产监督的思考', '', '沈建国', '']
    + sparse(body5a, 18) + ['（作者单位：西部安全生产研究所）', ''] + article5b)
# 6. detached headline: article A's title and byline come after its body and note
P['detached_headline'] = ([''] + dense(body3, 25) + ['（作者单位：北方大学劳动经济研究中心）', '', '新就业形态劳动者权益保障的思考', '郑一鸣', '',
    '乡村人才振兴要引育并举', '', '许可', ''] + sparse(body2, 19) + ['（作者单位：中部农业科学院）', '', ''])
# 7. a banner set flush at the top over a kicker; a title wrapped over two lines, the lower half the wider
body7 = [
 ('paragraph', '产业工人是推动高质量发展的重要力量。要深化产业工人队伍建设改革，畅通技能人才成长通道，让更多职工凭技能立身。'),
 ('paragraph', '各级工会要把改革作为重点任务，健全技能形成体系，推动各项举措落地见效。'),
]
P['wrapped_title_banner'] = (['奋进新征程建功新时代', ''] + article5b + ['推动产业工人', '', '队伍建设改革走深走实', '', '周明', '']
    + sparse(body7, 18) + ['（作者单位：东方工运学院）', ''])
for name, lines in P.items():
    (OUT / f'{name}.txt').write_text('\n'.join(lines), encoding='utf-8')
    print('=====', name); print('\n'.join(lines))
