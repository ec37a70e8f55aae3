"""find_tips(): numbered items as a tree, table-driven, grouped by where each case comes from.

Every expected tree was written by reading the blocks as a person would: which numbers form a
list, what each item says, and which items sit under which.
"""

from __future__ import annotations

import pytest

from parsers.record import Tip, walk_tips
from parsers.tips import Block, find_tips


def tip(number: str, title: str | None, text: str, *children: Tip) -> Tip:
    return Tip(number=number, title=title, text=text, tips=children)


def p(text: str) -> Block:
    return Block(text)


def h(text: str) -> Block:
    return Block(text, heading=True)


def li(number: int, text: str, depth: int = 1, lead: str | None = None) -> Block:
    return Block(text, lead=lead, list_number=number, list_depth=depth)


# --- the source site (deeho.com: English machine-translated from Chinese) ----------------------

SOURCE_SITE = [
    pytest.param(
        [
            p("Low back pain after miscarriage is a common problem."),
            p("What to do if you have back pain after abortion"),
            p(
                "1. Daily life. 1. Pay attention to hygiene during menstruation, keep clean. "
                "2. Patients who sit for long periods of time should move their waist."
            ),
            p(
                "2. Rehabilitation massage therapy. 1. Massage the waist and back: You can use "
                "your palms, rubbing up and down 50 to 100 times. 2. Rub the muscle knots: Use the "
                "tip of your thumb and rub each knot for 1 minute. 3. Push the lower limbs: With "
                "the help of others, lie prone."
            ),
            p(
                "3. Aerobics therapy: 1. Leg exercises: Lie on your back, do it 5 to 10 times in a "
                "row. 2. Sit-up exercise: Lie on your back and sit with your abdomen contracted."
            ),
        ],
        (
            tip(
                "1",
                "Daily life",
                "Daily life.",
                tip("1", None, "Pay attention to hygiene during menstruation, keep clean."),
                tip(
                    "2", None, "Patients who sit for long periods of time should move their waist."
                ),
            ),
            tip(
                "2",
                "Rehabilitation massage therapy",
                "Rehabilitation massage therapy.",
                tip(
                    "1",
                    "Massage the waist and back",
                    "Massage the waist and back: You can use your palms, rubbing up and down 50 to "
                    "100 times.",
                ),
                tip(
                    "2",
                    "Rub the muscle knots",
                    "Rub the muscle knots: Use the tip of your thumb and rub each knot for 1 "
                    "minute.",
                ),
                tip(
                    "3",
                    "Push the lower limbs",
                    "Push the lower limbs: With the help of others, lie prone.",
                ),
            ),
            tip(
                "3",
                "Aerobics therapy",
                "Aerobics therapy:",
                tip(
                    "1",
                    "Leg exercises",
                    "Leg exercises: Lie on your back, do it 5 to 10 times in a row.",
                ),
                tip(
                    "2",
                    "Sit-up exercise",
                    "Sit-up exercise: Lie on your back and sit with your abdomen contracted.",
                ),
            ),
        ),
        id="seed-inline-children-restart-under-each-section",
    ),
    pytest.param(
        [
            p("1. Press the lumbar area with your palms - Lie on your stomach and press."),
            p("2. Massage the waist: Rub up and down 50 to 100 times."),
        ],
        (
            tip(
                "1",
                "Press the lumbar area with your palms",
                "Press the lumbar area with your palms - Lie on your stomach and press.",
            ),
            tip("2", "Massage the waist", "Massage the waist: Rub up and down 50 to 100 times."),
        ),
        id="lead-phrase-ended-by-a-dash",
    ),
    pytest.param(
        [
            p(
                "1. Height standard: (1) The average height is 135. 2 cm, and a height between "
                "124. 0 cm and 146. 4 cm is normal. (2) If the height is below the lower limit, "
                "check the bone age."
            ),
            p(
                "2. Key points: (1) Adequate sleep. Go to bed before 9:30 and sleep 9 to 10 hours "
                "a day. (2) Balanced diet. Drink 300 to 500 ml of milk every day."
            ),
            p("Every child grows at his or her own pace."),
        ],
        (
            tip(
                "1",
                "Height standard",
                "Height standard:",
                tip(
                    "(1)",
                    None,
                    "The average height is 135. 2 cm, and a height between 124. 0 cm and 146. 4 cm "
                    "is normal.",
                ),
                tip("(2)", None, "If the height is below the lower limit, check the bone age."),
            ),
            tip(
                "2",
                "Key points",
                "Key points:",
                tip(
                    "(1)",
                    "Adequate sleep",
                    "Adequate sleep. Go to bed before 9:30 and sleep 9 to 10 hours a day.",
                ),
                tip(
                    "(2)",
                    "Balanced diet",
                    "Balanced diet. Drink 300 to 500 ml of milk every day.",
                ),
            ),
        ),
        id="key-points-then-bracketed-inline-items",
    ),
    pytest.param(
        [
            p("How to relieve stiff neck"),
            p("1. Hot compress"),
            p("Soak a towel in hot water at about 50 degrees and apply it for 15 to 20 minutes."),
            p("Be careful not to use water that is too hot."),
            p("2. Gentle neck activities"),
            p("Slowly bow your head and raise your head, keeping each movement for 5 seconds."),
            p("3. See a doctor in time"),
            p("If the stiff neck does not improve after 3 days, go to the hospital."),
        ],
        (
            tip(
                "1",
                "Hot compress",
                "Hot compress\n\nSoak a towel in hot water at about 50 degrees and apply it for 15 "
                "to 20 minutes.\n\nBe careful not to use water that is too hot.",
            ),
            tip(
                "2",
                "Gentle neck activities",
                "Gentle neck activities\n\nSlowly bow your head and raise your head, keeping each "
                "movement for 5 seconds.",
            ),
            tip(
                "3",
                "See a doctor in time",
                "See a doctor in time\n\nIf the stiff neck does not improve after 3 days, go to "
                "the hospital.",
            ),
        ),
        id="each-number-in-its-own-paragraph-text-in-the-next",
    ),
    pytest.param(
        [
            p("1. Dispel cold. Ginger is warm in nature."),
            p("2. Relieve fatigue. Soaking feet can relax the muscles."),
            p(
                "3. Precautions: (1) The water should be about 40 degrees. (2) Soak for 15 to 20 "
                "minutes each time; sweating slightly is best. (3) Pregnant women should not."
            ),
            p("Ginger water is cheap and easy to make."),
        ],
        (
            tip("1", "Dispel cold", "Dispel cold. Ginger is warm in nature."),
            tip("2", "Relieve fatigue", "Relieve fatigue. Soaking feet can relax the muscles."),
            tip(
                "3",
                "Precautions",
                "Precautions:",
                tip("(1)", None, "The water should be about 40 degrees."),
                tip(
                    "(2)",
                    None,
                    "Soak for 15 to 20 minutes each time; sweating slightly is best.",
                ),
                tip("(3)", None, "Pregnant women should not."),
            ),
        ),
        id="closing-paragraph-stays-out-of-the-last-item",
    ),
    pytest.param(
        [
            p("1. Diet. 1. Eat less salt. 2. Drink more water."),
            p("2. Rest. 1. Sleep eight hours a day."),
        ],
        (
            tip(
                "1",
                "Diet",
                "Diet.",
                tip("1", None, "Eat less salt."),
                tip("2", None, "Drink more water."),
            ),
            tip("2", "Rest", "Rest. 1. Sleep eight hours a day."),
        ),
        id="one-child-is-no-list-its-text-stays-with-the-parent",
    ),
]


# --- Chinese CMS sites (DedeCMS, PHPCMS, Empire CMS, WordPress) ---------------------------------

CHINESE_CMS = [
    pytest.param(
        [
            p("腰痛的原因很多，下面介绍几种调理方法。"),
            h("一、饮食调理"),
            p("1、少吃生冷食物。"),
            p("2、多吃补肾的食物："),
            p("（1）黑豆，每天一小把。"),
            p("（2）核桃，每天两三个。"),
            h("二、运动调理"),
            p("1、每天散步半小时。"),
            p("2、睡前做腰部拉伸。"),
        ],
        (
            tip(
                "一",
                "饮食调理",
                "饮食调理",
                tip("1", None, "少吃生冷食物。"),
                tip(
                    "2",
                    "多吃补肾的食物",
                    "多吃补肾的食物：",
                    tip("(1)", None, "黑豆，每天一小把。"),
                    tip("(2)", None, "核桃，每天两三个。"),
                ),
            ),
            tip(
                "二",
                "运动调理",
                "运动调理",
                tip("1", None, "每天散步半小时。"),
                tip("2", None, "睡前做腰部拉伸。"),
            ),
        ),
        id="sections-items-subitems-three-deep",
    ),
    pytest.param(
        [
            p("\u3000\u30001、多喝水：水能帮助身体排出毒素。"),
            p("\u3000\u30002、多吃水果，补充维生素。"),
            p("\u3000\u30003、保证睡眠。"),
        ],
        (
            tip("1", "多喝水", "多喝水：水能帮助身体排出毒素。"),
            tip("2", None, "多吃水果，补充维生素。"),
            tip("3", None, "保证睡眠。"),
        ),
        id="full-width-spaces-before-the-numbers",
    ),
    pytest.param(
        [p("注意事项：\n1、少吃盐。\n2、多喝水。\n3、早睡早起。")],
        (
            tip("1", None, "少吃盐。"),
            tip("2", None, "多喝水。"),
            tip("3", None, "早睡早起。"),
        ),
        id="items-joined-by-br-in-one-paragraph",
    ),
    pytest.param(
        [p("治疗方法有：1、热敷，每次二十分钟；2、按摩；3、适当休息。")],
        (
            tip("1", None, "热敷，每次二十分钟；"),
            tip("2", None, "按摩；"),
            tip("3", None, "适当休息。"),
        ),
        id="inline-items-after-colon-and-semicolons",
    ),
    pytest.param(
        [p("宝宝发烧的处理：①多喝温水，②用温毛巾擦身体，③体温超过38.5度时就医。")],
        (
            tip("①", None, "多喝温水，"),
            tip("②", None, "用温毛巾擦身体，"),
            tip("③", None, "体温超过38.5度时就医。"),
        ),
        id="circled-numbers-after-commas",
    ),
    pytest.param(
        [
            p("第一，要保持心情舒畅。"),
            p("第二，要注意饮食清淡。"),
            p("第三，要坚持锻炼身体。"),
        ],
        (
            tip("第一", None, "要保持心情舒畅。"),
            tip("第二", None, "要注意饮食清淡。"),
            tip("第三", None, "要坚持锻炼身体。"),
        ),
        id="ordinals-with-comma",
    ),
    pytest.param(
        [
            p("第一步：将生姜洗净切片。"),
            p("第二步：加水煮沸后转小火煮十分钟。"),
        ],
        (
            tip("第一步", None, "将生姜洗净切片。"),
            tip("第二步", None, "加水煮沸后转小火煮十分钟。"),
        ),
        id="ordinal-steps",
    ),
    pytest.param(
        [
            p("（一）病因"),
            p("1. 受凉。"),
            p("2. 劳累过度。"),
            p("（二）治疗"),
            p("1. 热敷。"),
            p("2. 针灸。"),
        ],
        (
            tip(
                "(一)",
                "病因",
                "病因",
                tip("1", None, "受凉。"),
                tip("2", None, "劳累过度。"),
            ),
            tip(
                "(二)",
                "治疗",
                "治疗",
                tip("1", None, "热敷。"),
                tip("2", None, "针灸。"),
            ),
        ),
        id="bracketed-chinese-sections-with-arabic-items",
    ),
    pytest.param(
        [
            Block("1．多喝水。", lead=None),
            p("2．多休息。"),
            p("3。少熬夜。"),
        ],
        (
            tip("1", None, "多喝水。"),
            tip("2", None, "多休息。"),
            tip("3", None, "少熬夜。"),
        ),
        id="full-width-dot-and-ideographic-full-stop",
    ),
    pytest.param(
        [p("（1）按压合谷穴。"), p("(2）按压足三里。"), p("（3)按压太冲穴。")],
        (
            tip("(1)", None, "按压合谷穴。"),
            tip("(2)", None, "按压足三里。"),
            tip("(3)", None, "按压太冲穴。"),
        ),
        id="mixed-width-brackets-are-one-family",
    ),
    pytest.param(
        [
            Block("1、饮食调理", lead="1、饮食调理", heading=True),
            p("少吃辛辣刺激的食物。"),
            p("多吃新鲜蔬菜。"),
            Block("2、适当运动", lead="2、适当运动", heading=True),
            p("每天快走三十分钟。"),
        ],
        (
            tip("1", "饮食调理", "饮食调理\n\n少吃辛辣刺激的食物。\n\n多吃新鲜蔬菜。"),
            tip("2", "适当运动", "适当运动\n\n每天快走三十分钟。"),
        ),
        id="bold-numbered-headings-take-their-paragraphs",
    ),
    pytest.param(
        [
            Block("1、饮食：少吃辛辣刺激的食物。", lead="饮食："),
            Block("2、运动：每天快走三十分钟。", lead="运动："),
        ],
        (
            tip("1", "饮食", "饮食：少吃辛辣刺激的食物。"),
            tip("2", "运动", "运动：每天快走三十分钟。"),
        ),
        id="bold-lead-after-the-number",
    ),
    pytest.param(
        [
            p("孕妇不宜吃的水果："),
            p("1、山楂。"),
            p("2、桂圆。"),
            p("孕妇适合吃的水果："),
            p("1、苹果。"),
            p("2、香蕉。"),
        ],
        (
            tip("1", None, "山楂。"),
            tip("2", None, "桂圆。"),
            tip("1", None, "苹果。"),
            tip("2", None, "香蕉。"),
        ),
        id="two-separate-lists-side-by-side",
    ),
    pytest.param(
        [p("常见症状有：1、发热，2、咳嗽，3、乏力。")],
        (
            tip("1", None, "发热，"),
            tip("2", None, "咳嗽，"),
            tip("3", None, "乏力。"),
        ),
        id="inline-items-after-chinese-commas-continue-a-run",
    ),
    pytest.param(
        [
            h("1. 病因"),
            p("1、受凉。"),
            p("2、劳累。"),
            h("2. 治疗"),
            p("热敷和休息即可。"),
        ],
        (
            tip(
                "1",
                "病因",
                "病因",
                tip("1", None, "受凉。"),
                tip("2", None, "劳累。"),
            ),
            tip("2", "治疗", "治疗\n\n热敷和休息即可。"),
        ),
        id="numbered-headings-holding-items-of-another-family",
    ),
]


# --- English blogs ---------------------------------------------------------------------------

ENGLISH_BLOGS = [
    pytest.param(
        [
            p("Herbs are easy to grow on a sunny sill, and they pay back every leaf you pick."),
            Block("Basil", lead="Basil", heading=True, list_number=1, list_depth=1),
            Block("Sow it after the last frost.", list_depth=1),  # a <p> inside the <li>
            Block("Parsley", lead="Parsley", heading=True, list_number=2, list_depth=1),
            Block("It is slow to sprout, so soak the seeds overnight.", list_depth=1),
            p("Water them all in the morning, never at night."),  # after the </ol>
        ],
        (
            tip("1", "Basil", "Basil\n\nSow it after the last frost."),
            tip("2", "Parsley", "Parsley\n\nIt is slow to sprout, so soak the seeds overnight."),
        ),
        id="a-list-item-keeps-its-paragraphs-and-ends-with-the-list",
    ),
    pytest.param(
        [
            p("Here is how to make ginger tea."),
            h("Step 1: Peel the ginger"),
            p("Use a spoon to scrape off the skin."),
            h("Step 2: Boil the water"),
            p("Bring two cups of water to a boil."),
            p("Add the ginger slices."),
            h("Conclusion"),
            p("Ginger tea is easy to make at home."),
        ],
        (
            tip(
                "Step 1",
                "Peel the ginger",
                "Peel the ginger\n\nUse a spoon to scrape off the skin.",
            ),
            tip(
                "Step 2",
                "Boil the water",
                "Boil the water\n\nBring two cups of water to a boil.\n\nAdd the ginger slices.",
            ),
        ),
        id="step-headings-stop-at-an-unnumbered-heading",
    ),
    pytest.param(
        [
            p("Try these habits:"),
            li(1, "Drink water: Eight glasses a day keep you hydrated.", lead="Drink water:"),
            li(2, "Sleep early: Adults need seven hours.", lead="Sleep early:"),
            li(3, "Walk daily.", lead=None),
        ],
        (
            tip("1", "Drink water", "Drink water: Eight glasses a day keep you hydrated."),
            tip("2", "Sleep early", "Sleep early: Adults need seven hours."),
            tip("3", None, "Walk daily."),
        ),
        id="ordered-list-items-with-bold-leads",
    ),
    pytest.param(
        [
            li(1, "Warm up"),
            li(1, "Stretch your legs.", depth=2),
            li(2, "Rotate your shoulders.", depth=2),
            li(2, "Run"),
            li(1, "Start slowly.", depth=2),
            li(2, "Keep a steady pace.", depth=2),
        ],
        (
            tip(
                "1",
                "Warm up",
                "Warm up",
                tip("1", None, "Stretch your legs."),
                tip("2", None, "Rotate your shoulders."),
            ),
            tip(
                "2",
                "Run",
                "Run",
                tip("1", None, "Start slowly."),
                tip("2", None, "Keep a steady pace."),
            ),
        ),
        id="nested-ordered-lists",
    ),
    pytest.param(
        [li(1, "1. Eat breakfast."), li(2, "2. Eat lunch.")],
        (tip("1", None, "Eat breakfast."), tip("2", None, "Eat lunch.")),
        id="ordered-list-that-also-prints-its-numbers",
    ),
    pytest.param(
        [p("There are three things to remember: 1) rest, 2) ice, and 3) elevation.")],
        (),
        id="brackets-after-commas-without-a-sentence-end-are-prose",
    ),
    pytest.param(
        [p("Remember three things: 1) Rest. 2) Ice the joint. 3) Raise your leg.")],
        (
            tip("1", None, "Rest."),
            tip("2", None, "Ice the joint."),
            tip("3", None, "Raise your leg."),
        ),
        id="closing-bracket-numbers-inline",
    ),
    pytest.param(
        [
            h("1. Get enough sleep"),
            p("Most adults need 7 to 9 hours."),
            h("2. Eat more fiber"),
            p("Fiber keeps you full."),
            p("Whole grains are a good source."),
        ],
        (
            tip("1", "Get enough sleep", "Get enough sleep\n\nMost adults need 7 to 9 hours."),
            tip(
                "2",
                "Eat more fiber",
                "Eat more fiber\n\nFiber keeps you full.\n\nWhole grains are a good source.",
            ),
        ),
        id="numbered-h3-headings-with-paragraphs",
    ),
    pytest.param(
        [p("1. Drink water. 2. Sleep early. 3. Walk every day.")],
        (
            tip("1", None, "Drink water."),
            tip("2", None, "Sleep early."),
            tip("3", None, "Walk every day."),
        ),
        id="whole-list-inline-in-one-paragraph",
    ),
    pytest.param(
        [
            h("1. Causes"),
            p("1. Cold weather."),
            p("2. Sitting too long."),
            h("2. Treatment"),
            p("1. Rest in bed."),
            h("3. Prevention"),
            p("Keep warm and move often."),
        ],
        (
            tip(
                "1",
                "Causes",
                "Causes",
                tip("1", None, "Cold weather."),
                tip("2", None, "Sitting too long."),
            ),
            tip("2", "Treatment", "Treatment\n\n1. Rest in bed."),
            tip("3", "Prevention", "Prevention\n\nKeep warm and move often."),
        ),
        id="same-family-under-numbered-headings-and-a-lone-child",
    ),
    pytest.param(
        [
            p("1."),
            p("Daily life"),
            p("Keep warm and avoid cold water."),
            p("2."),
            p("Diet"),
            p("Eat less raw and cold food."),
        ],
        (
            tip("1", "Daily life", "Daily life\n\nKeep warm and avoid cold water."),
            tip("2", "Diet", "Diet\n\nEat less raw and cold food."),
        ),
        id="bare-numbers-with-the-text-in-the-paragraphs-below",
    ),
    pytest.param(
        [
            Block("1. Daily life Keep warm and avoid cold water.", lead="1. Daily life"),
            Block("2. Diet Eat less raw and cold food.", lead="2. Diet"),
        ],
        (
            tip("1", "Daily life", "Daily life Keep warm and avoid cold water."),
            tip("2", "Diet", "Diet Eat less raw and cold food."),
        ),
        id="bold-lead-that-includes-the-number",
    ),
]


# --- must not split --------------------------------------------------------------------------

MUST_NOT_SPLIT = [
    pytest.param(
        [p("Do it 10 to 15 times. Rub each knot for 1 minute. Repeat 5 to 10 times in a row.")],
        (),
        id="counts-and-durations",
    ),
    pytest.param(
        [p("The average height is 135. 2 cm. A temperature of 37. 5 degrees is a low fever.")],
        (),
        id="machine-translated-decimals",
    ),
    pytest.param(
        [p("The notice of 2021. 3. 4 says so. 2021年3月起实行。")],
        (),
        id="dates",
    ),
    pytest.param(
        [p("A thermometer costs $1. 99 online. 一斤苹果1.5元。")],
        (),
        id="prices",
    ),
    pytest.param(
        [p("Take Vitamin B1. 2 tablets a day is enough.")],
        (),
        id="vitamin-names",
    ),
    pytest.param(
        [p("Update the app to version 2.0. 3 bugs were fixed.")],
        (),
        id="version-numbers",
    ),
    pytest.param(
        [p("1. Drink more water every day."), p("That is all you need.")],
        (),
        id="a-single-item-is-no-list",
    ),
    pytest.param(
        [p("①多喝水，注意休息。")],
        (),
        id="a-lone-circled-number-is-no-list",
    ),
    pytest.param(
        [p("每年3、4月份是过敏高发期。第一次发病时要及时就医。")],
        (),
        id="chinese-month-pairs-and-first-time",
    ),
    pytest.param(
        [p("1. Eat less. 3. Walk more.")],
        (),
        id="numbers-that-skip-are-no-list",
    ),
    pytest.param(
        [
            p("1. Sleep 7 to 8 hours. It takes 2. 5 hours to fall into deep sleep."),
            p("2. Walk for 30 minutes; 3. 5 km is enough."),
        ],
        (
            tip(
                "1",
                "Sleep 7 to 8 hours",
                "Sleep 7 to 8 hours. It takes 2. 5 hours to fall into deep sleep.",
            ),
            tip("2", None, "Walk for 30 minutes; 3. 5 km is enough."),
        ),
        id="decimals-inside-items-do-not-continue-the-run",
    ),
    pytest.param(
        [p("Go to bed before 9:30. 2. Wake up at 6:00.")],
        (),
        id="times-of-day",
    ),
    pytest.param([], (), id="no-blocks"),
    pytest.param([p(""), p("   ")], (), id="empty-blocks"),
]


def _check(blocks: list[Block], expected: tuple[Tip, ...]) -> None:
    found = find_tips(blocks)
    assert found == expected
    body = "\n\n".join(block.text for block in blocks)
    for path, item in walk_tips(found):
        assert item.text in body, path


@pytest.mark.parametrize(("blocks", "expected"), SOURCE_SITE)
def test_source_site(blocks: list[Block], expected: tuple[Tip, ...]) -> None:
    _check(blocks, expected)


@pytest.mark.parametrize(("blocks", "expected"), CHINESE_CMS)
def test_chinese_cms(blocks: list[Block], expected: tuple[Tip, ...]) -> None:
    _check(blocks, expected)


@pytest.mark.parametrize(("blocks", "expected"), ENGLISH_BLOGS)
def test_english_blogs(blocks: list[Block], expected: tuple[Tip, ...]) -> None:
    _check(blocks, expected)


@pytest.mark.parametrize(("blocks", "expected"), MUST_NOT_SPLIT)
def test_must_not_split(blocks: list[Block], expected: tuple[Tip, ...]) -> None:
    _check(blocks, expected)


def test_long_page_is_read_in_one_pass() -> None:
    """A long page of many numbered paragraphs keeps every item, in order (no speed assert)."""
    blocks = [p(f"{n}. Group {n} tips. 1. First point. 2. Second point.") for n in range(1, 99)]
    tips = find_tips(blocks)
    assert [t.number for t in tips] == [str(n) for n in range(1, 99)]
    assert all(t.title == f"Group {n} tips" for n, t in enumerate(tips, start=1))
    assert all([c.text for c in t.tips] == ["First point.", "Second point."] for t in tips)


def test_later_page_of_a_paged_article_goes_on_from_its_number() -> None:
    """Page 2 of an article split over pages opens on its third point: told that the blocks
    continue an earlier page, the list goes on from 三; without that, a list never starts
    past its first value (a stray "3." opening a page is no list)."""
    blocks = [
        Block("三、多喝温水", heading=True),
        p("冬天空气干燥，每天要喝够1500毫升水，少量多次。"),
        Block("四、按时作息", heading=True),
        p("晚上11点前入睡，午睡不超过半小时。"),
        Block("五、适当运动", heading=True),
        p("天气晴好时到户外散步，每次30分钟左右。"),
    ]
    tips = find_tips(blocks, continued=True)
    assert [(t.number, t.title) for t in tips] == [
        ("三", "多喝温水"),
        ("四", "按时作息"),
        ("五", "适当运动"),
    ]
    assert tips[1].text == "按时作息\n\n晚上11点前入睡，午睡不超过半小时。"
    assert find_tips(blocks) == ()


def test_a_continued_page_starts_only_its_first_list_past_one() -> None:
    """Only the page's first list may go on from page 1; a later list still starts at 1."""
    blocks = [
        p("3. Keep a diary of what you eat."),
        p("4. Walk after dinner."),
        p("Readers sent two more ideas, which we number as they did."),
        p("7. Nuts count too."),
        p("8. So does fruit."),
    ]
    tips = find_tips(blocks, continued=True)
    assert [t.number for t in tips] == ["3", "4"]
