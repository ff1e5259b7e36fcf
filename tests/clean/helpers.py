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
