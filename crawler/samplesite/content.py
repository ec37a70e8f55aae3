"""The sample site's content: every article, written by hand, and the site-wide lists.

This is the ground truth. `build.py` renders it into data/sample_site/ and writes site.json from
it; nothing here is read back from a parser. A tip's lead phrase (its title) is in [brackets].
"""

from __future__ import annotations

from crawler.samplesite.spec import ArticleSpec, Level, t

SITE_NAME = "Deeho Health"
ZH_SITE_NAME = "健康知识网"
MISSING_PATH = "/p/99999.html"
REDIRECTED_IDS = (75078, 75090)  # /article/<id>.htm -> /p/<id>.html (301)
LISTED_VIA_REDIRECT = 75090  # the listing links this one by its old URL
OFFSITE = (
    "https://www.example.org/about.html",
    "http://other.example.com/partners/",
    "https://www.example.org/health/diabetes-guide.html",
    "http://other.example.com/eye-chart.html",
)
HOT_IDS = (75078, 75091, 75066, 75100, 75085, 75070)
ZH_HOT_IDS = (1003, 1008, 1001, 1011)

DOT_P = (Level("dot", "paragraph"),)
SEED_LEVELS = (Level("dot", "paragraph"), Level("dot", "inline"))
KEY_POINTS = (Level("dot", "paragraph"), Level("paren", "inline"))


def _en(id: int, title: str, intro: str | tuple[str, ...], published: str, section: str,
        **kw: object) -> ArticleSpec:  # fmt: skip
    intro_t = (intro,) if isinstance(intro, str) else intro
    return ArticleSpec(id, title, intro_t, published, section, **kw)  # type: ignore[arg-type]


def _zh(id: int, title: str, intro: str | tuple[str, ...], published: str, **kw: object
        ) -> ArticleSpec:  # fmt: skip
    intro_t = (intro,) if isinstance(intro, str) else intro
    kw.setdefault("rec_label", "相关文章")
    return ArticleSpec(id, title, intro_t, published, "养生保健", "zh", **kw)  # type: ignore[arg-type]


def p(id: int, query: str = "") -> str:
    """The href of an English article, with an optional tracking suffix."""
    return f"/p/{id}.html{query}"


def z(id: int) -> str:
    """The href of a Chinese article."""
    return f"/zh/yangsheng/{id}.html"


UTM = "?utm_source=related&utm_medium=web"
TIMELINE = "?from=timeline"

ENGLISH: tuple[ArticleSpec, ...] = (
    _en(
        75060,
        "How to relieve neck pain from sitting at a desk",
        "Many office workers sit in front of the computer all day, and the neck stays in one "
        "position for a long time. Over time, the neck muscles become stiff and painful. How to "
        "relieve neck pain caused by sitting at a desk?",
        "2023-02-01T09:12:00",
        "Common diseases",
        levels=(Level("paren_close", "paragraph"),),
        tips=(
            t(
                "[Adjust the height of the screen]. The top of the screen should be level with "
                "your eyes, so that you do not have to lower your head."
            ),
            t(
                "[Move every hour]. Stand up and turn your neck slowly left and right, and look "
                "into the distance for a while."
            ),
            t(
                "[Apply a hot towel]. A hot compress on the back of the neck for a few minutes can "
                "promote blood circulation and relax the muscles."
            ),
            t(
                "[Choose a suitable pillow]. The pillow should not be too high or too low, and it "
                "should support the natural curve of the neck."
            ),
        ),
        recommendations=(p(75080), p(75099), p(75063)),
        features=("numbering 1)", "no prev (first article)"),
    ),
    _en(
        75061,
        "What fruits are good to eat in autumn?",
        "Autumn is dry, and many people have dry mouth and dry skin. Eating some seasonal fruits "
        "can moisten dryness and replenish water. So what fruits are good to eat in autumn?",
        "2023-02-03T10:00:00",
        "Diet",
        levels=(Level("dot", "bold"),),
        tips=(
            t(
                "[Pears]",
                paras=(
                    "Pears are sweet and cool, and can moisten the lungs and relieve cough.",
                    "Steamed pears with rock sugar are suitable for people with a dry cough.",
                ),
            ),
            t(
                "[Grapes]",
                paras=("Grapes are rich in sugar and minerals, and can relieve fatigue.",),
            ),
            t(
                "[Pomegranates]",
                paras=(
                    "Pomegranates contain a lot of vitamin C, which helps to resist dryness. "
                    "People with constipation should not eat too much.",
                ),
            ),
        ),
        recommendations=(p(75082), p(75092), p(75108)),
        features=("numbering: bold numbered heading + text paragraphs",),
    ),
    _en(
        75062,
        "How to make red date and longan tea",
        "Red date and longan tea is a common drink for nourishing blood. It is simple to make at "
        "home, and it tastes sweet and warm.",
        "2023-02-06T08:45:00",
        "Diet",
        levels=(Level("step", "paragraph"),),
        tips=(
            t("Wash ten red dates and remove the cores."),
            t("Peel twenty longans and take out the flesh."),
            t(
                "Put the red dates and longan flesh into a pot, add 500 ml of water and boil for "
                "15 minutes."
            ),
            t("Add a little brown sugar according to taste, and drink it while it is warm."),
        ),
        recommendations=(p(75061), p(75100), p(75082)),
        features=("numbering: Step 1", "numbers inside steps (500 ml, 15 minutes)"),
    ),
    _en(
        75063,
        "Is it good to drink water on an empty stomach in the morning?",
        (
            "After a night of sleep, the body loses a lot of water through breathing and sweating. "
            "Drinking a glass of warm water on an empty stomach in the morning can replenish water "
            "and dilute the blood.",
            "However, the water should not be too cold. Cold water may stimulate the stomach and "
            "cause discomfort. The best temperature is about 40 degrees.",
            "People with heart failure or kidney disease should ask a doctor how much water to "
            "drink.",
        ),
        "2023-02-08T07:30:00",
        "Diet",
        recommendations=(p(75096), p(75086), p(75081)),
        features=("no tips",),
    ),
    _en(
        75064,
        "Is it normal to delay the second menstrual period after miscarriage?",
        "Abortion in women is a very important matter for the body. After an abortion, the "
        "endometrium needs time to recover, so it is common for the menstrual period to change.",
        "2023-02-10T11:20:00",
        "Women's health",
        levels=(Level("paren", "paragraph"),),
        tips=(
            t(
                "[Hormone levels have not recovered]. After the pregnancy ends, the hormone levels "
                "in the body take some time to return to normal."
            ),
            t(
                "[Endometrial damage]. If the endometrium is damaged during the operation, the "
                "period may be delayed or reduced."
            ),
            t("[Mood and rest]. Anxiety and staying up late can also delay the period."),
        ),
        outro=(
            "If the period is delayed for more than two weeks, go to the hospital for an "
            "examination.",
        ),
        snippet="Abortion in women is a very important matter for ...",
        recommendations=(p(75085), p(75094), p(75077)),
        features=("numbering (1) paragraphs", "snippet shown on /p/75078.html"),
    ),
    _en(
        75065,
        "Which is better for weight loss, running or swimming?",
        "Running and swimming are both aerobic exercises, and both can help you lose weight. "
        "Which one suits you depends on your body and your habits.",
        "2023-02-13T18:05:00",
        "Fitness",
        levels=(Level("dot", "run"),),
        lead_in="Compare the two as follows:",
        tips=(
            t(
                "Running is convenient and burns a lot of calories, but it puts pressure on the "
                "knees."
            ),
            t("Swimming protects the joints and exercises the whole body."),
            t("People who are very overweight are advised to start with swimming."),
        ),
        recommendations=(p(75099), p(75070), p(75087)),
        features=("numbering: inline run in one paragraph after a lead-in",),
    ),
    _en(
        75066,
        '"Lying down for lunch break" is imperative',
        "Folding chairs, small tents, nap rooms... Finally, office workers can lie down during "
        "the lunch break. A short nap at noon restores energy for the afternoon.",
        "2023-02-15T12:30:00",
        "Fitness",
        levels=(Level("ol", "ol"), Level("ol", "ol")),
        tips=(
            t("Keep the nap short, and do not sleep for more than half an hour."),
            t(
                "Choose a comfortable position.",
                "Lying flat is better than sleeping on the desk.",
                "If you must sleep on the desk, put a soft pillow under your arms.",
            ),
            t("Do not drink strong tea or coffee before the nap."),
            t("After waking up, sit for a moment before standing up."),
        ),
        snippet="Folding chairs, small tents, nap rooms... Finally...",
        recommendations=(p(75084), p(75060), p(75093)),
        features=("numbering: <ol><li> with one nested <ol>", "snippet shown on /p/75078.html"),
    ),
    _en(
        75067,
        "How to care for a baby with a cold",
        "Babies have weak immunity and catch colds easily when the weather changes. Parents "
        "should not panic, and should take care of the baby carefully.",
        "2023-02-17T09:40:00",
        "Children",
        levels=(Level("dot", "alone"),),
        tips=(
            t(
                "[Let the baby drink more warm water].",
                paras=("Water helps the body discharge toxins and relieves a dry throat.",),
            ),
            t(
                "[Keep the air in the room fresh].",
                paras=(
                    "Open the window for ventilation twice a day, but do not let the wind blow "
                    "directly on the baby.",
                ),
            ),
            t(
                "[Watch the body temperature].",
                paras=(
                    "If the fever is above 38.5 degrees, or the baby refuses to eat, take the "
                    "baby to the hospital in time.",
                ),
            ),
        ),
        recommendations=(p(75090), p(75110), p(75097)),
        features=("numbering: each '1.' alone in its paragraph, text in the next paragraphs",),
    ),
    _en(
        75068,
        "What are the benefits of eating walnuts regularly?",
        "Walnuts are known as the food of longevity. They are rich in protein and healthy fats.",
        "2023-02-20T15:15:00",
        "Diet",
        levels=(Level("dot", "br"),),
        lead_in="The main benefits are:",
        tips=(
            t("Nourish the brain and improve memory."),
            t("Protect the heart and blood vessels."),
            t("Moisturize the intestines and relieve constipation."),
        ),
        outro=("It is enough to eat two or three walnuts a day.",),
        recommendations=(p(75107), p(75108), p(75100)),
        features=("numbering: items joined by <br> in one paragraph",),
    ),
    _en(
        75069,
        "What are the precautions after laparoscopic surgery for ovarian cysts?",
        "Ovarian cysts are very common. Whether surgical treatment is needed depends on the size "
        "and nature of the cyst. After laparoscopic surgery, patients should pay attention to "
        "the following.",
        "2023-02-22T10:10:00",
        "Women's health",
        levels=KEY_POINTS,
        tips=(
            t(
                "[Key points of diet]:",
                "Eat light and easily digestible food, such as porridge and noodles.",
                "Avoid spicy food and alcohol.",
            ),
            t(
                "[Key points of rest]:",
                "Get out of bed and move early to prevent intestinal adhesion.",
                "Avoid strenuous exercise for one month.",
                "Do not have sex for one month after the operation.",
            ),
            t("[Review on time]. Go back to the hospital for a review as the doctor advises."),
        ),
        snippet="Ovarian cysts are very common. Whether surgical t...",
        recommendations=(p(75064), p(75071), p(75094)),
        features=(
            "numbering: inline '1. Key points: (1) ... (2) ...'",
            "snippet shown on /p/75078.html",
        ),
    ),
    _en(
        75070,
        "How many minutes should you skip rope a day?",
        "Skipping rope is a simple and effective exercise. Beginners should start slowly and "
        "increase the time step by step.",
        "2023-02-24T19:00:00",
        "Fitness",
        levels=DOT_P,
        tips=(
            t("[Warm up first]. Move your ankles and wrists, and jump lightly 10 to 15 times."),
            t(
                "[Skip in groups]. Skip for 1 minute, rest for 30 seconds, and repeat it 5 to 10 "
                "times."
            ),
            t("[Stretch afterwards]. Stretch the calves for 1 minute to relax the muscles."),
        ),
        recommendations=(p(75065), p(75099), p(75087)),
        features=("numbers that must not split: '10 to 15 times', '1 minute'",),
    ),
    _en(
        75071,
        "Bleeding and abdominal pain after sex",
        "Gynecological diseases are a hurdle that is difficult for many women to talk about. "
        "Bleeding and abdominal pain after sex may be a sign of disease, and should not be "
        "ignored.",
        "2023-02-27T14:25:00",
        "Women's health",
        levels=(Level("dot", "heading"),),
        tips=(
            t(
                "[Cervical inflammation]",
                paras=("Cervical erosion or cervical polyps can bleed when touched.",),
            ),
            t(
                "[Vaginal injury]",
                paras=(
                    "Too much force may injure the vaginal wall and cause bleeding and pain.",
                    "Rest and keep the area clean, and the wound usually heals in a few days.",
                ),
            ),
            t(
                "[Pelvic inflammatory disease]",
                paras=(
                    "Pelvic inflammation often causes lower abdominal pain, and needs "
                    "treatment with antibiotics.",
                ),
            ),
        ),
        snippet="Gynecological diseases are a hurdle that is diffi...",
        recommendations=(p(75064), p(75069), p(75105)),
        features=(
            "numbering: <h3> numbered headings + paragraphs",
            "snippet shown on /p/75078.html",
        ),
    ),
    _en(
        75072,
        "Can diabetics eat sweet potatoes?",
        (
            "Sweet potatoes are rich in dietary fiber, and many diabetics want to know whether "
            "they can eat them.",
            "Sweet potatoes contain a lot of starch, and eating too much will raise blood sugar. "
            "Diabetics can eat a small amount instead of part of the staple food, and steamed "
            "sweet potatoes are better than baked ones.",
        ),
        "2023-03-01T08:00:00",
        "Diet",
        body_links=(
            ("https://www.example.org/health/diabetes-guide.html", "the diabetes diet guide"),
        ),
        recommendations=(p(75111), p(75089), p(75081)),
        features=("no tips", "off-site link in the body (www.example.org)"),
    ),
    _en(
        75073,
        "Treatment of kidney crystals in women",
        "Kidney stones are not limited to men and women. Any woman who drinks little water may "
        "get kidney crystals. Small crystals can usually be treated without surgery.",
        "2023-03-03T16:45:00",
        "Women's health",
        levels=(Level("dot", "bold_lead"),),
        tips=(
            t(
                "[Drink more water]: Drink more than 2000 ml of water a day to flush the urinary "
                "tract."
            ),
            t("[Adjust the diet]: Eat less spinach, strong tea and animal offal."),
            t("[Exercise properly]: Jumping and skipping rope help small crystals pass out."),
        ),
        snippet="Kidney stones are not limited to men and women. A...",
        recommendations=(p(75111), p(75102), p(75069)),
        features=(
            "numbering: bold lead '<strong>1. Drink more water:</strong> text'",
            "snippet shown on /p/75078.html",
        ),
    ),
    _en(
        75074,
        "Why do my legs cramp at night?",
        "Many people are woken up by leg cramps at night. The calf suddenly becomes hard and "
        "painful, and it takes a while to relax.",
        "2023-03-06T21:10:00",
        "Common diseases",
        levels=DOT_P,
        tips=(
            t("[Lack of calcium]. The elderly and pregnant women lose calcium easily."),
            t("[Cold]. The legs are exposed to cold air while sleeping."),
            t("[Fatigue]. Walking or standing too long during the day tires the muscles."),
        ),
        broken=True,
        recommendations=(p(75108), p(75105), p(75101)),
        features=("broken markup: unclosed <p>/<li>, stray </div>, unclosed <font>",),
    ),
    _en(
        75075,
        "How to remove dark circles under the eyes",
        "Dark circles make people look tired. They are related to staying up late, heredity and "
        "poor blood circulation.",
        "2023-03-08T20:00:00",
        "Common diseases",
        levels=(Level("dot", "paragraph"), Level("paren", "paragraph")),
        tips=(
            t(
                "[Improve living habits].",
                "Go to bed before eleven o'clock.",
                "Reduce the time spent looking at the mobile phone.",
            ),
            t(
                "[Use eye care methods].",
                "Apply cold tea bags to the eyes for ten minutes.",
                "Massage around the eyes gently with your fingertips.",
            ),
        ),
        recommendations=(p(75103), MISSING_PATH, p(75083)),
        features=(
            "numbering: '1.' paragraphs with '(1)' child paragraphs",
            "recommends a page that does not exist (404)",
        ),
    ),
    _en(
        75076,
        "What should I pay attention to when taking a bath during pregnancy?",
        "Pregnant women sweat easily and need to bathe often, but bathing during pregnancy has "
        "some things to watch out for.",
        "2023-03-10T09:00:00",
        "Women's health",
        levels=(Level("ol", "ol"),),
        tips=(
            t("The water should not be too hot."),
            t("Take a shower instead of a tub bath."),
            t("Keep the bath short, about fifteen minutes."),
            t("Put a non-slip mat on the bathroom floor."),
        ),
        recommendations=(p(75104), p(75079), p(75106)),
        features=("numbering: flat <ol>",),
    ),
    _en(
        75077,
        "What should people who have just had a miscarriage eat?",
        "The body is weak after a miscarriage, and a reasonable diet helps it recover. What "
        "should people who have just had a miscarriage eat?",
        "2023-03-13T10:30:00",
        "Women's health",
        levels=DOT_P,
        tips=(
            t("[Eat more food rich in protein]. Eggs, fish and lean meat help repair the body."),
            t(
                "[Eat more fresh vegetables and fruits]. They supplement vitamins and prevent "
                "constipation."
            ),
            t("[Eat iron-rich food]. Pork liver and red dates can replenish blood."),
            t("[Avoid raw and cold food]. Cold drinks and seafood may cause abdominal pain."),
        ),
        recommendations=(p(75085), p(75064), p(75088)),
        features=("prev of /p/75078.html",),
    ),
    _en(
        75078,
        "What should I do if I have back pain due to miscarriage?",
        "Many young girls who become pregnant unexpectedly choose to terminate the pregnancy "
        "through abortion. In fact, abortion not only brings psychological harm to women, but "
        "physical damage is also inevitable. Some women do not know how to take care of "
        "themselves after an abortion, which may leave them with various sequelae. Low back "
        "pain after miscarriage is a common problem. So, what should you do if you have back "
        "pain after miscarriage?",
        "2023-03-15T08:30:00",
        "Women's health",
        subheading="What to do if you have back pain after abortion",
        levels=SEED_LEVELS,
        tips=(
            t(
                "[Daily life].",
                "Pay attention to hygiene during menstruation, keep clean and avoid urinary tract "
                "infections.",
                "Patients who sit or stand for long periods of time should move their waist "
                "appropriately to relieve pain.",
            ),
            t(
                "[Adjust dietary intake].",
                "Be careful to avoid eating too much raw, cold and damp food.",
                "Some people who suffer from chronic low back pain can take some Chinese patent "
                "medicines that strengthen the kidneys and waist.",
            ),
            t(
                "[Rehabilitation massage therapy].",
                "[Press the lumbar sacral area with your palms] - Lie on your stomach, overlap "
                "your palms and press them on the painful lumbar vertebrae until no pain is "
                "caused. Then one inhalation and one exhalation counts as one time, and do it 10 "
                "to 15 times.",
                "[Massage the waist and back]: You can use your palms to massage the waist and "
                "back muscles in the morning or before going to bed at night, rubbing up and down "
                "50 to 100 times.",
                "[Rub the muscle knots]: Use the tip of your thumb to carefully touch the waist "
                "and sacrum. If there are any painful lumps, press them with your fingertips and "
                "rub each knot for 1 minute.",
                "[Push the lower limbs]: With the help of others, lie prone, fix the hips, and use "
                "the base of the palm to start from the sacrum, through the tun, along the outer "
                "side of the thigh and the outer side of the calf, to the other side of the "
                "limb.",
            ),
            t(
                "[Aerobics therapy]:",
                "[Leg exercises]: Lie on your back, hold one leg knee with both hands, bend your "
                "hip as much as possible, make the front of your thigh close to your abdomen, do "
                "it 5 to 10 times in a row, and then do the other lower limb. Then hug your knees "
                "with both hands at the same time, and do this 5 to 10 times. Do it once every "
                "night, or once more in the morning.",
                "[Sit-up exercise]: Lie on your back and sit with your abdomen contracted. Be "
                "careful not to use your upper limbs to help, keep your lower limbs straight, and "
                "the number of times is not fixed. This exercise can also help reduce abdominal "
                "fat.",
            ),
        ),
        recommendations=(
            p(75064),
            p(75066),
            p(75069),
            p(75071),
            p(75073),
            p(75082),
            p(75085),
            p(75088),
            p(75091),
            p(75094),
        ),
        html_lang="zh-CN",
        features=(
            "the source page (seed), exact body",
            "numbering: '1. Daily life. 1. ... 2. ...'",
            "Recommend block of ten links with snippets",
            "<html lang='zh-CN'> on English",
            "old URL /article/75078.htm redirects here (301)",
        ),
    ),
    _en(
        75079,
        "Tips to reduce cesarean scars",
        "After a cesarean section, a scar is left on the abdomen. Good care can make the scar "
        "lighter and smaller.",
        "2023-03-17T13:00:00",
        "Women's health",
        levels=(Level("paren_close", "paragraph"),),
        tips=(
            t("[Keep the wound clean]. Do not let the wound get wet before it heals."),
            t("[Do not scratch]. When the scar itches, do not scratch it with your hands."),
            t("[Avoid the sun]. Ultraviolet light makes the scar darker."),
            t("[Use silicone gel]. Silicone gel can soften the scar after the wound heals."),
        ),
        recommendations=(p(75076), p(75106), p(75078)),
        features=("next of /p/75078.html", "numbering 1)"),
    ),
    _en(
        75080,
        "How to choose a pillow for cervical spondylosis",
        "For people with cervical spondylosis, a good pillow is very important. A wrong pillow "
        "makes the neck pain worse.",
        "2023-03-20T09:50:00",
        "Common diseases",
        levels=(Level("dot", "paragraph"),),
        tips=(
            t("[Height]. The height of the pillow should be about the length of your fist."),
            t("[Material]. Buckwheat and memory foam pillows keep their shape well."),
            t("[Shape]. The middle of the pillow should be lower than the two sides."),
        ),
        recommendations=(p(75081, UTM), p(75060, "#comments"), p(75099, TIMELINE)),
        features=(
            "recommendations carry tracking queries (?utm_source, #comments, ?from)",
            "the next article is linked twice (plain as >>:, with ?utm_ in Recommend)",
        ),
    ),
    _en(
        75081,
        "Does eating spicy food cause acne?",
        (
            "Many young people love spicy food, and they often find that acne appears after a "
            "spicy meal.",
            "Spicy food itself does not directly cause acne, but it can stimulate the secretion of "
            "oil and aggravate inflammation. People with oily skin should eat less of it and drink "
            "more water.",
        ),
        "2023-03-22T17:35:00",
        "Diet",
        recommendations=(p(75075), p(75092), p(75096)),
        features=("no tips",),
    ),
    _en(
        75082,
        "How long should the hawthorn cake be boiled to solidify?",
        "We all know that hawthorn cake is a common pastry, sweet and sour and appetizing. "
        "Making it at home is not difficult, the key is the boiling time.",
        "2023-03-24T11:00:00",
        "Diet",
        levels=(Level("step", "paragraph"),),
        tips=(
            t("Wash the hawthorns, remove the cores, and cut them into small pieces."),
            t("Boil the hawthorns with water for 10 minutes until they are soft."),
            t(
                "Beat them into a paste, add sugar and boil over low heat for 20 to 30 minutes, "
                "stirring constantly."
            ),
            t("Pour the paste into a box and let it cool for 2 hours, and it will solidify."),
        ),
        snippet="We all know that hawthorn cake is a common pastry...",
        recommendations=(p(75062), p(75061), p(75092)),
        features=(
            "numbering: Step 1",
            "numbers inside steps (20 to 30 minutes)",
            "snippet shown on /p/75078.html",
        ),
    ),
    _en(
        75083,
        "Symptoms of iron deficiency anemia in women",
        "Iron deficiency anemia is common in women because of menstruation and pregnancy. Its "
        "symptoms develop slowly and are easy to miss.",
        "2023-03-27T08:20:00",
        "Women's health",
        levels=(Level("dot", "bold"),),
        tips=(
            t(
                "[Pale face and lips]",
                paras=("The skin, lips and nails look pale and lack luster.",),
            ),
            t(
                "[Fatigue and dizziness]",
                paras=("Patients feel tired easily and may feel dizzy when standing up.",),
            ),
            t(
                "[Fast heartbeat]",
                paras=(
                    "The heart beats fast after a little activity.",
                    "Severe cases should be treated in hospital.",
                ),
            ),
        ),
        recommendations=(p(75077), p(75094), p(75108)),
        features=("numbering: bold numbered heading + text paragraphs",),
    ),
    _en(
        75084,
        "How to sleep well in hot summer",
        "In summer the nights are hot, and many people toss and turn and cannot fall asleep.",
        "2023-03-29T22:00:00",
        "Fitness",
        levels=(Level("dot", "run"),),
        lead_in="Try these methods:",
        tips=(
            t("Keep the bedroom temperature at about 26 degrees."),
            t("Take a warm shower one hour before bed."),
            t("Do not eat a big meal at night."),
            t("Put away the mobile phone half an hour before sleeping."),
        ),
        recommendations=(p(75066), p(75109), p(75086)),
        features=("numbering: inline run in one paragraph after a lead-in",),
    ),
    _en(
        75085,
        "Why does menstrual blood turn black after abortion?",
        "Because of incorrect contraceptive measures, many women have to choose abortion. After "
        "the operation, some find that the menstrual blood turns black.",
        "2023-03-31T10:45:00",
        "Women's health",
        levels=SEED_LEVELS,
        tips=(
            t(
                "[Common causes].",
                "Blood stays in the uterus for a long time and is oxidized.",
                "The body is cold, and the blood flows slowly.",
            ),
            t(
                "[What to do].",
                "Keep warm and drink brown sugar water.",
                "If there is abdominal pain or a bad smell, see a doctor.",
            ),
        ),
        snippet="Because of incorrect contraceptive measures, many...",
        recommendations=(p(75064), p(75094), p(75077)),
        features=(
            "numbering: '1. Lead. 1. ... 2. ...' like the seed",
            "snippet shown on /p/75078.html",
        ),
    ),
    _en(
        75086,
        "Can you drink milk before going to bed?",
        (
            "Drinking a glass of warm milk before going to bed is a habit of many people.",
            "Milk contains tryptophan, which helps sleep. But people with lactose intolerance may "
            "have bloating, and it is best to drink it one hour before bed, not immediately "
            "before lying down.",
        ),
        "2023-04-03T21:30:00",
        "Diet",
        recommendations=(p(75084), p(75096), p(75063)),
        features=("no tips",),
    ),
    _en(
        75087,
        "How to do Kegel exercises after giving birth",
        "Kegel exercises strengthen the pelvic floor muscles and help the body recover after "
        "giving birth.",
        "2023-04-05T09:15:00",
        "Fitness",
        levels=(Level("step", "paragraph"),),
        tips=(
            t("Empty your bladder and lie on your back with your knees bent."),
            t("Tighten the muscles around the vagina and anus, and hold for 3 seconds."),
            t("Relax for 3 seconds, and repeat it 10 to 15 times."),
        ),
        outro=("Do it three times a day, and you will see the effect in 6 to 8 weeks.",),
        recommendations=(p(75079), p(75106), p(75070)),
        features=("numbering: Step 1", "numbers that must not split: '10 to 15 times'"),
    ),
    _en(
        75088,
        "How to have an abortion when pregnant",
        "Not all pregnancies are natural. Some people choose to end an unplanned pregnancy, and "
        "the method depends on the length of the pregnancy.",
        "2023-04-07T14:00:00",
        "Women's health",
        levels=KEY_POINTS,
        tips=(
            t(
                "[Medical abortion]:",
                "It is suitable for pregnancies within 49 days.",
                "It must be done under the guidance of a doctor.",
            ),
            t(
                "[Surgical abortion]:",
                "It is suitable for pregnancies of 6 to 10 weeks.",
                "Rest for two weeks after the operation.",
            ),
        ),
        snippet="Not all pregnancies are natural. Some people choo...",
        recommendations=(p(75085), p(75077), p(75064)),
        features=("numbering: inline '1. Lead: (1) ... (2) ...'", "snippet shown on /p/75078.html"),
    ),
    _en(
        75089,
        "What is the normal blood pressure for the elderly?",
        "Blood pressure rises with age, but this does not mean that high blood pressure is "
        "normal for the elderly.",
        "2023-04-10T08:00:00",
        "Common diseases",
        levels=(Level("paren", "paragraph"),),
        tips=(
            t(
                "[Normal value]. The systolic pressure should be below 140 mmHg and the diastolic "
                "pressure below 90 mmHg."
            ),
            t(
                "[Measure at the same time]. Measure at the same time every day, after sitting "
                "quietly for 5 minutes."
            ),
            t("[Take medicine regularly]. Do not stop the medicine when the pressure is normal."),
        ),
        recommendations=(p(75111), p(75107), p(75072)),
        features=("numbering (1) paragraphs",),
    ),
    _en(
        75090,
        "How to relieve constipation in children",
        "Constipation is common in children, especially those who eat few vegetables.",
        "2023-04-12T16:00:00",
        "Children",
        levels=DOT_P,
        tips=(
            t("[Drink more water]. Let the child drink water in small sips many times a day."),
            t("[Eat more fiber]. Vegetables, fruits and whole grains soften the stool."),
            t("[Massage the abdomen]. Rub the belly clockwise around the navel for 5 minutes."),
            t("[Develop a habit]. Let the child sit on the toilet at a fixed time every day."),
        ),
        recommendations=(p(75067), p(75110), p(75092)),
        features=("the listing links it by its old URL /article/75090.htm (301 here)",),
    ),
    _en(
        75091,
        "Height and weight standard for nine and a half year old girls",
        "Whether the child's height and weight are qualified is a concern of many parents. The "
        "following figures can be used as a reference.",
        "2023-04-14T10:00:00",
        "Children",
        levels=DOT_P,
        tips=(
            t(
                "[Height standard]: The average height of a nine and a half year old girl is "
                "135. 2 cm, and the normal range is 128 to 142 cm."
            ),
            t(
                "[Weight standard]: The average weight is 30. 1 kg, and the normal range is 24 to "
                "37 kg."
            ),
            t("[Promote growth]: Sleep for 9 to 10 hours a day and drink milk every day."),
        ),
        snippet="Whether the child's height and weight are qua...",
        recommendations=(p(75110), p(75090), p(75067)),
        features=(
            "numbers that must not split: '135. 2 cm', '30. 1 kg'",
            "snippet shown on /p/75078.html",
        ),
    ),
    _en(
        75092,
        "What to eat to nourish the stomach",
        "Irregular meals damage the stomach. To nourish the stomach, you should pay attention "
        "to what you eat.",
        "2023-04-17T12:00:00",
        "Diet",
        levels=(Level("paren_close", "br"),),
        lead_in="Foods that are good for the stomach:",
        tips=(
            t("Millet porridge, which is easy to digest."),
            t("Yam, which strengthens the spleen and stomach."),
            t("Pumpkin, which protects the stomach lining."),
        ),
        recommendations=(p(75081), p(75061), p(75102)),
        features=("numbering: '1)' items joined by <br>",),
    ),
    _en(
        75093,
        "Is it good to soak your feet every night?",
        "Soaking the feet in hot water before going to bed is a traditional way of keeping "
        "healthy.",
        "2023-04-19T21:00:00",
        "Fitness",
        levels=(Level("dot", "bold"),),
        tips=(
            t("[Benefits]", paras=("It promotes blood circulation and helps you fall asleep.",)),
            t(
                "[Water temperature]",
                paras=(
                    "The water should be about 40 degrees, and the soaking time 15 to 20 minutes.",
                ),
            ),
            t(
                "[Who should not]",
                paras=("People with diabetes or varicose veins should not soak in hot water.",),
            ),
        ),
        recommendations=(p(75084), p(75109), p(75066)),
        features=("numbering: bold numbered heading + text paragraphs",),
    ),
    _en(
        75094,
        "What is the reason for the sudden reduction of menstrual flow?",
        "For women who want to make their bodies healthier, the menstrual period is a mirror of "
        "health. A sudden reduction of menstrual flow deserves attention.",
        "2023-04-21T09:30:00",
        "Women's health",
        levels=(Level("paren_close", "paragraph"),),
        tips=(
            t("[Weight loss]. Losing weight too fast affects hormone secretion."),
            t("[Stress]. Long-term stress disturbs the endocrine system."),
            t("[Uterine adhesion]. Repeated abortions may cause adhesion of the uterine cavity."),
        ),
        snippet="For women who want to make their bodies healthier...",
        recommendations=(p(75064), p(75085), p(75105)),
        features=("numbering 1)", "snippet shown on /p/75078.html"),
    ),
    _en(
        75095,
        "How to get rid of dampness in the body",
        "In traditional Chinese medicine, dampness makes people feel heavy and tired, with a "
        "greasy tongue coating.",
        "2023-04-24T10:20:00",
        "Diet",
        levels=(Level("dot", "alone"),),
        tips=(
            t(
                "[Eat food that removes dampness].",
                paras=("Barley, red beans and winter melon are good choices.",),
            ),
            t(
                "[Exercise and sweat].",
                paras=(
                    "Brisk walking and yoga help the body discharge dampness.",
                    "Do not sweat too much at once.",
                ),
            ),
            t(
                "[Stay away from damp places].",
                paras=("Do not sleep on the floor, and dry your hair after washing.",),
            ),
        ),
        recommendations=(p(75092), p(75100), p(75061)),
        features=("numbering: each '1.' alone in its paragraph, text in the next paragraphs",),
    ),
    _en(
        75096,
        "Are eggs good for breakfast every day?",
        (
            "Eggs are cheap and nutritious, and they are a common breakfast food.",
            "For healthy adults, one or two eggs a day is fine. Boiled eggs are the healthiest, "
            "and fried eggs contain more oil. People with high cholesterol can eat the egg white "
            "and less of the yolk.",
        ),
        "2023-04-26T07:10:00",
        "Diet",
        recommendations=(p(75063), p(75086), p(75108)),
        features=("no tips",),
    ),
    _en(
        75097,
        "How to stop a nosebleed quickly",
        "Nosebleeds are common in dry seasons. Most of them can be stopped at home.",
        "2023-04-28T15:40:00",
        "Children",
        levels=(Level("ol", "ol"),),
        tips=(
            t("Sit down and lean forward slightly."),
            t("Pinch the soft part of the nose for 10 minutes."),
            t("Put a cold towel on the forehead."),
        ),
        outro=("Do not raise your head, or the blood will flow into the throat.",),
        recommendations=(p(75067), p(75101), p(75109)),
        features=("numbering: flat <ol>",),
    ),
    _en(
        75098,
        "What are the early symptoms of hepatitis B?",
        "Hepatitis B often has no obvious symptoms in the early stage, and many patients find it "
        "only during a physical examination.",
        "2023-05-01T11:11:00",
        "Common diseases",
        levels=(Level("dot", "heading"),),
        tips=(
            t("[Fatigue]", paras=("Patients feel weak and tired for no reason.",)),
            t(
                "[Loss of appetite]",
                paras=("They do not want to eat, and feel sick when they see greasy food.",),
            ),
            t(
                "[Yellow eyes]",
                paras=(
                    "The whites of the eyes and the skin turn yellow.",
                    "See a doctor as soon as possible.",
                ),
            ),
        ),
        recommendations=(p(75102), p(75089), p(75111)),
        features=("numbering: <h3> numbered headings + paragraphs",),
    ),
    _en(
        75099,
        "How to reduce belly fat after 40",
        "After 40, metabolism slows down and fat gathers easily around the belly.",
        "2023-05-03T18:30:00",
        "Fitness",
        levels=(Level("paren", "paragraph"),),
        tips=(
            t("[Control the diet]. Eat less rice and noodles at dinner, and eat more vegetables."),
            t("[Keep exercising]. Walk briskly for 30 minutes, 3 to 5 times a week."),
            t("[Sleep enough]. Lack of sleep makes people eat more."),
        ),
        recommendations=(p(75065), p(75070), p(75060)),
        features=("numbering (1) paragraphs", "numbers that must not split: '3 to 5 times'"),
    ),
    _en(
        75100,
        "Benefits of drinking chrysanthemum tea",
        "Chrysanthemum tea is a popular drink in summer. It has a light fragrance.",
        "2023-05-05T14:10:00",
        "Diet",
        levels=(Level("dot", "br"),),
        lead_in="Its benefits:",
        tips=(
            t("It clears heat and relieves internal heat."),
            t("It relieves tired eyes."),
            t("It helps lower blood pressure."),
            t("It is refreshing and has no calories."),
        ),
        recommendations=(p(75068), p(75062), p(75095)),
        features=("numbering: items joined by <br> in one paragraph",),
    ),
    _en(
        75101,
        "How to treat a sprained ankle at home",
        "A sprained ankle is a common sports injury. Correct treatment in the first 48 hours is "
        "very important.",
        "2023-05-08T17:00:00",
        "Common diseases",
        levels=(Level("step", "paragraph"),),
        tips=(
            t("Stop moving at once and sit down."),
            t("Apply ice for 15 to 20 minutes every 2 hours."),
            t("Wrap the ankle with an elastic bandage."),
            t("Raise the foot higher than the heart when lying down."),
        ),
        recommendations=(p(75097), p(75074), p(75070)),
        features=("numbering: Step 1",),
    ),
    _en(
        75102,
        "What causes frequent urination at night?",
        "Getting up to urinate more than twice a night is called nocturia. It affects sleep and "
        "may be a sign of disease.",
        "2023-05-10T06:50:00",
        "Common diseases",
        levels=KEY_POINTS,
        tips=(
            t(
                "[Habits]:",
                "Drinking a lot of water before bed.",
                "Drinking tea or coffee in the evening.",
            ),
            t(
                "[Diseases]:",
                "Prostate enlargement in men.",
                "Diabetes and urinary tract infection.",
            ),
        ),
        recommendations=(p(75073), p(75098), p(75111)),
        features=("numbering: inline '1. Lead: (1) ... (2) ...'",),
    ),
    _en(
        75103,
        "How to protect your eyes when using a computer",
        "People who look at the screen for a long time often have dry and tired eyes.",
        "2023-05-12T10:05:00",
        "Common diseases",
        levels=(Level("dot", "run"),),
        lead_in="Remember three points:",
        tips=(
            t("Look into the distance for 20 seconds every 20 minutes."),
            t("Blink more often."),
            t("Keep the screen about an arm's length away."),
        ),
        body_links=(("http://other.example.com/eye-chart.html", "an eye chart"),),
        recommendations=(p(75075), p(75060), p(75100)),
        features=("numbering: inline run", "off-site link in the body (other.example.com)"),
    ),
    _en(
        75104,
        "Can pregnant women eat crabs?",
        (
            "Crabs are delicious, but many pregnant women are not sure whether they can eat them.",
            "Crabs are cold in nature, and eating too much may cause abdominal pain. Pregnant "
            "women who are not allergic can eat a small amount of well-cooked crab, but should "
            "avoid the crab paste in early pregnancy.",
        ),
        "2023-05-15T12:40:00",
        "Women's health",
        recommendations=(p(75076), p(75077), p(75083)),
        features=("no tips",),
    ),
    _en(
        75105,
        "How to relieve menstrual cramps",
        "Menstrual cramps trouble many women every month. Some simple methods can relieve them.",
        "2023-05-17T08:25:00",
        "Women's health",
        levels=(Level("dot", "bold_lead"),),
        tips=(
            t("[Keep warm]: Put a hot water bottle on the lower abdomen."),
            t("[Drink ginger tea]: Ginger and brown sugar tea warms the body."),
            t("[Rest]: Avoid strenuous exercise during the period."),
        ),
        recommendations=(p(75094), p(75064), p(75083)),
        features=("numbering: bold lead '<strong>1. Keep warm:</strong> text'",),
    ),
    _en(
        75106,
        "What to do about hair loss after childbirth",
        "Many mothers find that they lose a lot of hair a few months after giving birth. This is "
        "usually temporary.",
        "2023-05-19T20:20:00",
        "Women's health",
        levels=(Level("paren_close", "paragraph"),),
        tips=(
            t("[Do not worry too much]. Hair usually grows back within a year."),
            t("[Eat a balanced diet]. Protein and iron are needed for hair growth."),
            t("[Comb gently]. Use a wide-tooth comb and do not tie the hair tightly."),
        ),
        recommendations=(p(75079), p(75087), p(75076)),
        features=("numbering 1)",),
    ),
    _en(
        75107,
        "How to improve memory in the elderly",
        "Memory declines with age, but good habits can slow down the decline.",
        "2023-05-22T09:00:00",
        "Common diseases",
        levels=(Level("ol", "ol"), Level("ol", "ol")),
        tips=(
            t("Use the brain often.", "Read books and newspapers.", "Play chess or do puzzles."),
            t("Keep in touch with friends and family."),
            t("Walk for half an hour every day."),
        ),
        recommendations=(p(75068), p(75089), p(75108)),
        features=("numbering: <ol><li> with one nested <ol>",),
    ),
    _en(
        75108,
        "Which foods are high in calcium?",
        "Calcium keeps bones and teeth strong. These foods are good sources of calcium.",
        "2023-05-24T13:30:00",
        "Diet",
        levels=(Level("dot", "bold"),),
        tips=(
            t(
                "[Milk and dairy products]",
                paras=("Milk and yogurt contain calcium that the body absorbs easily.",),
            ),
            t("[Soy products]", paras=("Tofu and dried tofu are rich in calcium.",)),
            t(
                "[Dried shrimp and kelp]",
                paras=("A small amount of dried shrimp provides a lot of calcium.",),
            ),
        ),
        recommendations=(p(75096), p(75068), p(75074)),
        features=("numbering: bold numbered heading + text paragraphs",),
    ),
    _en(
        75109,
        "How to prevent heatstroke in summer",
        "High temperature in summer can cause heatstroke, especially for the elderly and children.",
        "2023-05-26T11:45:00",
        "Common diseases",
        levels=(Level("dot", "alone"),),
        tips=(
            t("[Avoid going out at noon].", paras=("The sun is strongest from 11 to 3 o'clock.",)),
            t(
                "[Drink enough water].",
                paras=("Drink water before you feel thirsty, and add a little salt.",),
            ),
        ),
        recommendations=(p(75084), p(75100), p(75093)),
        features=("numbering: each '1.' alone in its paragraph, text in the next paragraphs",),
    ),
    _en(
        75110,
        "Is it normal for babies to sweat while sleeping?",
        "Many parents find that the baby's head is wet with sweat while sleeping, and worry "
        "that something is wrong.",
        "2023-05-29T21:40:00",
        "Children",
        levels=DOT_P,
        tips=(
            t("[Physiological sweating]. Babies have a fast metabolism and sweat easily."),
            t("[Too warm]. The quilt is too thick or the room is too hot."),
            t("[Lack of vitamin D]. Night sweats with restless sleep may need a check."),
        ),
        recommendations=(p(75091), p(75067), p(75090)),
        features=("numbering 1. paragraphs with lead phrases",),
    ),
    _en(
        75111,
        "How to lower uric acid naturally",
        "High uric acid can lead to gout. Besides medicine, daily habits also matter.",
        "2023-05-31T10:00:00",
        "Common diseases",
        levels=(Level("paren", "paragraph"),),
        tips=(
            t("[Drink more water]. Drink more than 2 liters of water a day."),
            t("[Eat less purine]. Eat less seafood, animal offal and thick soup."),
            t("[Do not drink beer]. Beer raises uric acid quickly."),
        ),
        recommendations=(p(75073), p(75089), p(75102)),
        features=("no next: '>>: None' (last article)", "numbering (1) paragraphs"),
    ),
)

CHINESE: tuple[ArticleSpec, ...] = (
    _zh(
        1001,
        "春季养生要注意什么",
        "春季气候多变，乍暖还寒，是疾病多发的季节。春季养生要顺应自然，做好以下几点。",
        "2023-03-01T10:20:00",
        levels=(Level("cn", "paragraph"),),
        tips=(
            t("[早睡早起]", paras=("春天宜晚睡早起，但不宜熬夜，每天保证7到8小时睡眠。",)),
            t("[春捂秋冻]", paras=("不要过早脱掉厚衣服，尤其要注意下半身保暖。",)),
            t("[饮食清淡]", paras=("多吃韭菜、菠菜等时令蔬菜，少吃油腻辛辣的食物。",)),
        ),
        recommendations=(z(1011), z(1006), z(1009)),
        features=("numbering 一、 headings + paragraphs", "上一篇：没有了 (first)"),
    ),
    _zh(
        1002,
        "失眠怎么办",
        "失眠是现代人常见的问题，长期失眠会影响身体健康。那么失眠怎么办呢？",
        "2023-03-03T21:00:00",
        levels=(Level("cn_paren", "paragraph"),),
        tips=(
            t("[规律作息]：每天固定时间上床和起床，周末也不例外。"),
            t("[睡前泡脚]：用40度左右的热水泡脚15分钟，有助于入睡。"),
            t("[少喝咖啡]：下午以后不要喝咖啡和浓茶。"),
        ),
        recommendations=(z(1007), z(1005), z(1012)),
        features=("numbering （一） paragraphs",),
    ),
    _zh(
        1003,
        "高血压患者饮食注意事项",
        "高血压是常见的慢性病，饮食调理对控制血压非常重要。",
        "2023-03-06T09:30:00",
        levels=(Level("comma", "paragraph"),),
        tips=(
            t("[低盐饮食]：每天食盐不超过5克，少吃咸菜和腌制食品。"),
            t("[控制体重]：少吃高热量食物，多吃蔬菜水果。"),
            t("[戒烟限酒]：吸烟和饮酒都会使血压升高。"),
            t("[多吃含钾的食物]：香蕉、土豆等含钾丰富，有助于降压。"),
        ),
        recommendations=(z(1013), z(1008), z(1010)),
        rec_label="相关推荐",
        features=("numbering 1、 paragraphs with U+3000 indent", "相关推荐 block"),
    ),
    _zh(
        1004,
        "脾胃虚弱怎么调理",
        "脾胃是后天之本，脾胃虚弱的人常常食欲不振、消化不良。调理脾胃可以从饮食和生活两方面入手。",
        "2023-03-08T14:00:00",
        levels=(Level("comma", "paragraph"), Level("fw_paren", "inline")),
        tips=(
            t("[饮食调理]：", "多吃山药、小米、南瓜等健脾的食物；", "少吃生冷油腻的食物。"),
            t("[生活调理]：", "饭后散步半小时；", "保持心情舒畅。"),
        ),
        recommendations=(z(1012), z(1002), z(1005)),
        features=("numbering 1、 with inline （1）（2） children",),
    ),
    _zh(
        1005,
        "女性贫血吃什么好",
        "女性由于生理原因，容易出现缺铁性贫血，表现为面色苍白、容易疲劳。",
        "2023-03-10T11:10:00",
        levels=(Level("circled", "run"),),
        lead_in="贫血的女性可以多吃以下食物：",
        tips=(
            t("猪肝，含铁丰富，容易吸收；"),
            t("红枣，补气养血；"),
            t("菠菜，含有较多的铁和叶酸。"),
        ),
        no_charset_header=True,
        recommendations=(z(1013), z(1003), z(1014)),
        features=(
            "numbering ① ② ③ inline in one paragraph",
            "Content-Type without charset; only <meta charset=gb2312>",
        ),
    ),
    _zh(
        1006,
        "颈椎病的预防方法",
        "颈椎病多见于长期低头工作的人群，预防颈椎病要从日常生活做起。",
        "2023-03-13T08:40:00",
        levels=(Level("ordinal", "paragraph"),),
        tips=(
            t("避免长时间低头，每隔一小时活动一下颈部。"),
            t("选择高度合适的枕头。"),
            t("注意颈部保暖，不要对着空调吹。"),
        ),
        recommendations=(z(1010), z(1001), z(1009)),
        features=("numbering 第一， 第二，",),
    ),
    _zh(
        1007,
        "喝茶的好处",
        (
            "喝茶是中国人的传统习惯。茶叶中含有茶多酚，有抗氧化的作用。",
            "适量喝茶可以提神醒脑、帮助消化，但是空腹和睡前不宜喝浓茶，以免影响睡眠。",
        ),
        "2023-03-15T15:00:00",
        recommendations=(z(1002), z(1011), z(1004)),
        features=("no tips",),
    ),
    _zh(
        1008,
        "感冒了怎么办",
        "感冒是最常见的疾病之一，大多数感冒一周左右可以自愈。",
        "2023-03-17T19:30:00",
        levels=(Level("cn", "paragraph"), Level("comma", "paragraph")),
        tips=(
            t("[一般处理]", "多喝温开水，多休息。", "饮食清淡，多吃水果。"),
            t("[何时就医]", "高烧超过三天不退。", "出现呼吸困难或胸痛。"),
        ),
        recommendations=(z(1009), z(1011), z(1002)),
        features=("numbering 一、 with 1、 child paragraphs (two levels)",),
    ),
    _zh(
        1009,
        "如何提高免疫力",
        "免疫力低下的人容易生病，提高免疫力要靠健康的生活方式。",
        "2023-03-20T10:00:00",
        levels=(Level("cn", "bold"),),
        tips=(
            t("[均衡营养]", paras=("多吃富含蛋白质和维生素的食物。",)),
            t("[适量运动]", paras=("每周运动三到五次，每次半小时以上。",)),
            t("[充足睡眠]", paras=("睡眠不足会降低免疫力。",)),
        ),
        recommendations=(z(1008), z(1001), z(1013)),
        rec_label="相关推荐",
        features=("numbering <strong>一、</strong> bold headings", "相关推荐 block"),
    ),
    _zh(
        1010,
        "腰痛的原因有哪些",
        "腰痛是很多人都有过的经历，引起腰痛的原因很多。",
        "2023-03-22T13:20:00",
        levels=(Level("fw_dot", "paragraph"),),
        tips=(
            t("[腰肌劳损]：长期弯腰工作，一般休息2、3天会好转。"),
            t("[腰椎间盘突出]：疼痛可放射到腿部。"),
            t("[受凉]：腰部受凉后肌肉痉挛引起疼痛。"),
        ),
        recommendations=(z(1006), z(1014), z(1003)),
        features=("numbering 1． (full-width dot)", "number that must not split: '2、3天'"),
    ),
    _zh(
        1011,
        "夏季如何防暑",
        "夏季天气炎热，容易中暑，老人和儿童更要注意防暑降温。",
        "2023-03-24T16:30:00",
        levels=(Level("fw_paren", "paragraph"),),
        tips=(
            t("中午尽量不要外出。"),
            t("多喝水，可以喝些绿豆汤。"),
            t("室内温度不要太低。"),
        ),
        recommendations=(z(1001), z(1007), z(1008)),
        features=("numbering （1） paragraphs",),
    ),
    _zh(
        1012,
        "便秘怎么调理",
        "便秘虽然不是大病，却让人十分痛苦。",
        "2023-03-27T09:00:00",
        levels=(Level("comma", "br"),),
        lead_in="调理方法：",
        tips=(
            t("多吃富含膳食纤维的蔬菜；"),
            t("每天早上喝一杯温水；"),
            t("养成定时排便的习惯。"),
        ),
        recommendations=(z(1004), z(1002), z(1007)),
        features=("numbering 1、 joined by <br>",),
    ),
    _zh(
        1013,
        "老人补钙注意事项",
        "老年人容易缺钙，补钙时要注意方法。",
        "2023-03-29T10:40:00",
        levels=(Level("circled", "paragraph"),),
        tips=(
            t("补钙的同时要补充维生素D。"),
            t("钙片最好在饭后服用。"),
            t("多晒太阳，适当运动。"),
        ),
        recommendations=(z(1003), z(1009), z(1005)),
        features=("numbering ① paragraphs",),
    ),
    _zh(
        1014,
        "坐月子注意事项",
        "坐月子是女性产后恢复的重要时期，需要注意很多方面。",
        "2023-03-31T08:00:00",
        levels=(Level("cn", "paragraph"), Level("cn_paren", "paragraph")),
        tips=(
            t("[饮食方面]", "饮食要营养均衡，少食多餐。", "不要吃生冷的食物。"),
            t("[休息方面]", "保证充足的睡眠。", "不要过早做重体力劳动。"),
        ),
        recommendations=(z(1005), z(1010), z(1013)),
        features=("numbering 一、 with （一） children", "下一篇：没有了 (last)"),
    ),
)

ARTICLES: tuple[ArticleSpec, ...] = ENGLISH + CHINESE
ENGLISH_BY_ID: dict[int, ArticleSpec] = {a.id: a for a in ENGLISH}
CHINESE_BY_ID: dict[int, ArticleSpec] = {a.id: a for a in CHINESE}
