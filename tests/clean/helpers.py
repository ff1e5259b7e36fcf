"""Pages and text shared by the tests of several cleaning modules."""

from __future__ import annotations

from textclean.models import Line

BODY_7 = (
    "产业工人是推动高质量发展的重要力",
    "量。要深化产业工人队伍建设改革，畅通",
    "技能人才成长通道，让更多职工凭技能立",
    "身。",
)


def articles_of(*lines: str) -> list:
    """The articles :func:`build_articles` makes of a page of ``lines`` (a blank line after each)."""
    from textclean.clean.articles import build_articles
    from textclean.models import Page

    page: list[Line] = []
    for t in lines:
        page += [Line(len(page), t), Line(len(page) + 1, "")]
    return build_articles(Page("p.txt", "0" * 64, "utf-8", tuple(page)))


def tight_articles(*lines: str) -> list:
    """The articles of a page of ``lines`` set tight, with no blank line anywhere (as PyMuPDF gives them)."""
    from textclean.clean.articles import build_articles
    from textclean.models import Page

    return build_articles(Page("p.txt", "0" * 64, "utf-8", tuple(Line(i, t) for i, t in enumerate(lines))))


def devpage(extractor: str, name: str) -> tuple[list[dict], list]:
    """A devpage fixture (``tests/pages/devpages``): its gold articles and the articles textclean makes of it."""
    import json
    from pathlib import Path

    from textclean import clean_page

    root = Path(__file__).resolve().parents[1] / "pages" / "devpages"
    gold = json.loads((root / "gold" / f"{name}.json").read_text("utf-8"))["articles"]
    page = root / extractor / f"{name}.txt"
    return gold, clean_page(page.name, page.read_bytes()).articles


def assert_devpage_title(extractor: str, name: str, title: str) -> None:
    """``title`` is a gold title of the devpage fixture ``name`` and textclean finds it there (``extractor``'s text)."""
    gold, articles = devpage(extractor, name)
    assert title in [a["title"] for a in gold]
    assert title in [a.title for a in articles]


#: A narrow-column news page as PyMuPDF prints it (no blank lines): a story's head, byline and text, its last
#: sentence left open, for tests of the next story's head read on as lines of its text over its dateline.
STORY_ABOVE = [
    "建设现代化产业体系",
    "本报记者 周明",
    "产业工人是推动高质量发展",
    "的重要力量。要深化产业工",
    "人队伍建设改革，畅通技能",
    "人才成长通道，让更多职工",
]


#: The end of a story above, its title and a text of four full lines set tight in a column of 20 em (PyMuPDF), over
#: which tests set the next story's head and text.
PORT_OPENING = (
    "港口新码头正式投入运营",
    "当地时间5月30日，港口管理部门宣布新码头正",
    "式投入运营。当地政府表示，将继续完善配套设",
    "施建设，为更多企业入驻创造条件，进一步扩大",
    "对外合作的范围和领域，带动周边产业发展。",
)


#: A page's top (its name and date line) and a story set in a narrow column under it (PyMuPDF's text: no blank
#: lines), over which tests of boxes and run-in pieces set what follows in the same measure.
PORT_TOP = ("国际", "2025年4月9日 星期三 第6版")
PORT_STORY = (
    "港口城市迎来转运高峰",
    "本报记者 周明",
    "今年以来，这座港口城市的集装箱吞吐",
    "量持续攀升，码头工人三班倒作业，堆场",
    "一度告急。港务部门增开夜间作业窗口，",
    "并新建两座自动化泊位，通关时间缩短到",
    "不足一天。业内人士认为，转运需求仍将",
    "保持高位。",
)


#: A commentary's body and the one of the piece beside it, set tight (the run-in byline tests).
COMMENTARY_BODY = (
    "城市的温度，体现在一个个细节之中：一条无障碍通道、一张休息长椅，",
    "都关系着群众的切身感受。在西安一个建于上世纪八十年代的老小区，",
    "居民们终于用上了加装的电梯，住在六楼的老人特意换上了新衣服。",
)
COMMENTARY_OTHER = (
    "千里之行，始于足下，再宏伟的蓝图也要一步一步去实现。一些地方把",
    "“有没有材料”当成“有没有干事”的标准，基层干部疲于填表、拍照、写总",
    "结，我们常说“民生无小事”，每一件小事都连着群众的心。",
)
#: A report's body under a head stack (the wrapped-title tests).
REPORT_BODY = [
    "各方面取得了巨大的成绩。我们的工作是有成绩的，",
    "也有一些缺点和错误。在党和政府的领导下，全国",
    "人民团结一致，克服了各种困难，完成了各项任务。",
    "今后我们还要继续努力，争取更大的胜利和成绩。",
]


def heads_over_report(head: list[str]) -> list[tuple[str, str]]:
    """The (kind, text) of the page elements other than bodies, of a page of ``head`` lines set tight over
    :data:`REPORT_BODY`."""
    from textclean.clean.layout import page_elements
    from textclean.clean.page import read_page

    page = read_page("p.txt", "\n".join([*head, *REPORT_BODY, ""]).encode())
    return [(e.kind, e.text) for e in page_elements(page.lines) if e.kind != "body"]
