"""Knowing when the passages found do not answer the question, and saying why.

Pure rules over the question's plan and the sentences of the passages found:
a question asking for a number, a date, a person, an outcome, the names of
the things it counts, or what came of an event needs a sentence that gives
it; otherwise the reports are taken not to say. General-language patterns
in the six UN languages, nothing of any one collection.
"""

from __future__ import annotations

import re

import numpy as np

from .countries import countries_named, english_names, places_named
from .languages import is_common_word
from .embedder import LatentTerms
from .locale_patterns import gives_day, gives_deadline, speaks_of_event_to_come
from .query import (CURRENCY, HOW_MANY, SHARE, STOPWORDS, QueryPlan, has_word, meeting_forms, month_year_words, month_years, opens_sentence,
                    passage_words, tokens)
from .structure import meetings_in

# Digits, or a number in Chinese numerals with its measure word ("三千名家长"; "第十九次" is an ordinal).
_CJK_DIGITS = "一二两三四五六七八九十百千万亿"
_NUMBER = re.compile(rf"\d|(?<![第{_CJK_DIGITS}])[{_CJK_DIGITS}]+(?:名|个|位|人|所|家|项|次|份|件|条|种|岁)")
# Digits that are not quantities: years, ordinals ("19th") and days of a month; list markers
# ("1) to engage ..."), names holding digits ("SG17", "COVID-19"), numbered texts ("Resolution 179")
# and document symbols ("CWG-COP-14/13", "C22/64"): an agenda listing them counts nothing. Nor does
# "24/7", which says a service never closes.
_NOT_A_QUANTITY = re.compile(
    r"\b[A-Za-z][\w-]*\d/[\w/.-]*\d\b|\b24\s*/\s*7\b|"
    r"\b(?:(?:19|20)\d\d|\d+(?:st|nd|rd|th)|\d{1,2}(?:\s*(?:-|and|to)\s*\d{1,2})?\s+(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December))\b|"
    r"(?:^|(?<=[\s:;]))\d{1,2}\)(?=\s+[a-z])|"
    r"\b[A-Za-z]+-?\d[\w.]*|"
    r"(?i:\b(?:resolution|article|section|goal|recommendation|document|annex|para(?:graph)?|no)\.?\s+\d[\d.]*)")


# Shares written in words: "one-third of internet users", "half of them".
# Fractions in words, in the six languages.
_FRACTION = (r"half|halves|thirds?|quarters?|per ?cent|percent|pour ?cent|por ?ciento|porcentaje|процент\w*|moitié|"
             r"mitad|tercios?|cuartos?|половин\w*|трет[ьи]\w*|четверт\w*")
_SHARE_WORD = re.compile(rf"\b(?:{_FRACTION}|hundreds|thousands|millions|"
                         r"mille|milliers?|millions?|mil|miles|millones|тысяч\w*|миллион\w*)\b|"
                         r"آلاف|ألف|مليون|一半|分之", re.I)
# A share given: a percentage or a fraction, in figures or words ("42%", "one-third of", "one in five",
# "3 out of 10", "deux tiers"), in the six languages. Read once years, dates and document symbols
# ("CWG-COP-19/12") are out of the sentence.
_SHARE_GIVEN = re.compile(
    rf"\d\s*%|٪|(?<![\d/])\d{{1,2}}\s*/\s*\d{{1,2}}\s+(?:of|des?|du)\b|\b(?:{_FRACTION}|fifths?|tenths?|majority|minority|"
    r"(?:un|deux)\s+tiers|quarts?|mayoría|большинств\w*)\b|\b(?:one|two|three|four|\d+)\s+(?:in|out of)\s+"
    r"(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b|في\s*المئة|بالمئة|بالمائة|نصف|ثلث|ربع|"
    r"غالبية|百分之|分之|一半|多数|[一二三四五六七八九]成", re.I)


# A question asking how old, and the words that answer it without a number, in the six languages.
_ASKS_AGE = re.compile(r"\bhow old\b|\b(?:what|which) ages?\b|\bage (?:group|range|bracket|limit)s?\b|"
                       r"\b(?:minimum|maximum|legal|required|lowest|youngest|oldest)\s+ages?\b|\bat what age\b|"
                       # "how many years", in the six languages, may ask an age too ("сколько лет детям")
                       r"\bhow many years\b|\bcombien d['’](?:ans|années)\b|\bcu[aá]nt[oa]s años\b|\bсколько лет\b|"
                       r"كم (?:سنة|عاما|عامًا)|多少岁|\bâges?\b|\bedad(?:es)?\b|\bвозраст(?!а[ею]т|ани)\w*|عمر|أعمار|"
                       r"年龄|几岁|多大(?=岁|年纪)", re.I)
_AGE_GIVEN = re.compile(r"\b(?:younger|older|infants?|toddlers?|teen\w*|adolescen\w*|babies|plus jeunes|"
                        r"nourrissons?|más jóvenes|bebés|младше|моложе|младенц\w*|подрост\w*)\b|أصغر|رضع|更小|婴儿|青少年",
                        re.I)


def gives_share(sentence: str) -> bool:
    """Does the sentence give a share (a percentage or a fraction), not a document number or a date?"""
    return bool(_SHARE_GIVEN.search(_NOT_A_QUANTITY.sub(" ", sentence)))


# Counts written in words, next to what they count: "ten contributions".
_COUNT_WORD = (r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
               r"fifty|hundred|thousand|dozens?)")
# A sum of money: a currency's sign, code or name.



# A question asking how something turned out names the outcome with its verb: "Who won the
# competition?", "Which city hosted the summit?", "What does the code require?". Passages that
# never use a word of that verb's family mention the thing but do not give its outcome.
# Per outcome: the question's words, then the words a sentence giving it uses, each as (words
# between word edges, in English, French, Spanish and Russian; words in Arabic and Chinese, which
# have no such edges). General language, not this collection's words.
_OUTCOME_VERBS = (
    ((r"won|wins?|winners?|remport\w*|gagn\w*|lauréat\w*|gan[óoa]\w*|ganador\w*|побед\w*|выиграл\w*",
      r"فاز|فازت|الفائز|赢得|获胜|获奖|冠军"),
     (r"w[io]n\w*|prizes?|awards?\w*|first place|prix|remport\w*|gagn\w*|lauréat\w*|premio\w*|gan[óoa]\w*|"
      r"ganador\w*|побед\w*|преми\w*|приз\w*", r"فاز|الفائز|جائزة|获胜|赢得|获奖|奖")),
    ((r"elected|elect|élue?s?|élire|elegid[oa]s?|elect[oa]s?|избран\w*|избрал\w*", r"انتخب|انتُخب|当选|选出"),
     (r"elect\w*|appoint\w*|chosen|élue?s?|élection\w*|nomm\w*|elegid\w*|elecci\w*|nombrad\w*|избран\w*|"
      r"выбор\w*|назнач\w*", r"انتخاب|انتخب|تعيين|当选|选举|任命")),
    ((r"hosted|hosts?|hosting|accueill\w*|hébergé\w*|héberger\w*|acog\w*|alberg\w*|anfitri\w*|"
      r"принимал\w*(?!\s+участи)|прим(?:ет|ут)(?!\s+участи)", r"استضاف|تستضيف|يستضيف|主办|承办|东道主|在哪个城市举办"),
     (r"host\w*|held|venue|accueil\w*|tenue?s?|organis\w*|acog\w*|celebr\w*|organiz\w*|принима\w*|"
      r"проходил\w*|состоял\w*", r"استضاف|عقد|عُقد|主办|举行|举办")),
    ((r"chose|choose|chosen|selected|choisi\w*|sélectionn\w*|eligi[óo]|escogi\w*|seleccion\w*|выбрал\w*|"
      r"выбран\w*", r"اختار|选择|选定|选中"),
     (r"ch(?:o|oo)s\w*|chosen|choice|select\w*|adopt\w*|approv\w*|chois\w*|choix|sélection\w*|approuv\w*|"
      r"eleg\w*|elecci\w*|seleccion\w*|aprob\w*|выбр\w*|выбор\w*|утверд\w*|принят\w*",
      r"اختيار|اختار|اعتماد|选择|选定|通过|采用")),
    # Whether a text was adopted, asked yes or no ("Did the Council adopt the resolution?", "Was the law
    # passed?"): "What approach did Egypt adopt?" asks what, not whether, and is not one.
    # "Did the logo end up being adopted?" asks it in the passive; "Did the group discuss the
    # recommendations adopted in 2023?" does not ask whether they were.
    ((r"^(?:did|will|would)\s.{1,80}\b(?:adopt(?:ing)?|approv(?:e|ing)|ratify(?:ing)?|endors(?:e|ing)|pass(?:ing)?|"
      r"finali[sz](?:e|ing)|sign(?:ing)?(?!\s+up))|"
      r"^(?:did|will|would)\s.{1,80}\b(?:being|been|be|get|gets|got|getting)\s+(?:adopted|approved|ratified|"
      r"endorsed|passed|finali[sz]ed|signed(?!\s+up))|"
      r"^(?:was|were|is|are|has|have|had)\s.{1,80}\b(?:adopted|approved|ratified|endorsed|passed|finali[sz]ed|"
      r"signed(?!\s+up))|"
      r"^(?:est-ce que\s.{1,80}|.{1,80}-t-(?:il|elle|ils|elles)\s+été\s+)(?:adopté|approuvé|ratifié|signé|finalisé)\w*|"
      r"(?:принят|одобрен|утвержден|ратифицирован|подписан)\w*\s+ли|"
      r"ли\s+(?:\w+\s+){0,3}(?:принят|одобрен|утвержден|ратифицирован|подписан)\w*",
      # Spanish opens with "¿", where no word edge is: these go without.
      r"^¿?\s*(?:se\s+)?(?:aprob[óo]|adopt[óo]|ratific[óo]|firm[óo])\b|"
      r"^¿?\s*(?:fue|fueron|ha\s+sido|han\s+sido)\s+(?:aprobad|adoptad|ratificad|firmad)\w*|"
      r"^¿?\s*(?:el|la|los|las)\s.{1,80}\s(?:fue|fueron|ha\s+sido|han\s+sido)\s+(?:aprobad|adoptad|ratificad|firmad)\w*|"
      r"هل\s+(?:اعتمد|اعتُمد|أُقر|أقر|صودق)|通过了吗|是否通过|批准了吗|是否批准"),
     (r"adopt(?!ers?\b)\w*|approv\w*|ratif\w*|endors\w*|agreed|accept\w*|pass(?:ed)?|enact\w*|finali[sz]\w*|signed|"
      r"signing|signator\w*|approuv\w*|aprob\w*|"
      r"одобр\w*|утверд\w*|принят\w*|ратифи\w*", r"اعتمد|اعتماد|أقر|إقرار|وافق|صادق|通过|批准|采纳|同意")),
    # Whether a target was met, asked yes or no ("Has Bulgaria achieved the 20% reduction its programme
    # aimed for?"): "expected outcomes include a 20% reduction" says what is aimed for, not what came of it.
    # The verb takes the target as its object ("achieved the 20% reduction", "reach its target"): not
    # "the meeting objectives", "meet with the target groups" or "a hit list of targets".
    ((r"^(?:has|have|had|did|does|do|is|are|was|were|will)\s.{1,80}\b(?:achiev(?:e|ed|ing)|attain(?:ed|ing)?|"
      r"reach(?:ed|ing)?|meet|met|hit)(?=\s+(?:the|its|their|this|that|these|those|his|her|a|an)\s+(?:\S+\s+){0,3}?"
      r"(?:targets?|goals?|aims?|objectives?|reduction|increase|milestones?)\b(?!\s+(?:groups?|audiences?|"
      r"populations?|lists?)\b))|"
      r"(?:-t-(?:il|elle|ils|elles)|est-ce que\s.{1,60})\s+atteint(?=\s.{0,40}\b(?:objectif|cible|réduction))|"
      r"достиг\w*(?=\s.{0,40}\b(?:цел\w*|снижени\w*))",
      # Spanish opens with "¿", where no word edge is.
      r"^¿?\s*(?:se\s+)?(?:alcanz[óo]|logr[óo]|cumpli[óo])(?=\s.{0,80}\b(?:objetivo|meta|reducción))|"
      r"هل\s+(?:حقق|حققت)|是否(?:实现|达到|完成)|(?:实现|达到|完成)了.{0,20}(?:目标|吗)"),
     (r"achiev\w*|attain\w*|reached|surpass\w*|exceed\w*|fell short|atteint|réalisé\w*|alcanz\w*|logr\w*|"
      r"cumpli\w*|достиг\w*|выполн\w*", r"حقق|تحقق|实现|达到|完成")),
    # A sanction asked for ("What prison sentences does the law set?") is answered by one, not by
    # a passage on the law: a prison term, a fine, a penalty.
    ((r"prison (?:sentences?|terms?)|jail (?:sentences?|terms?|time)|imprisonment|sanctions?|punishments?|"
      r"peines? de prison|emprisonnement|penas? de prisión|encarcelamiento|sanci[óo]n(?:es)?|лишени\w+ свободы|"
      r"тюремн\w+ срок\w*|наказани\w*|санкци\w*", r"عقوبة السجن|عقوبات|السجن|刑罚|监禁|徒刑|处罚|制裁"),
     (r"prison\w*|imprison\w*|jail\w*|sentenc\w*|penalt\w*|fine[sd]?|sanction\w*|punish\w*|peines?|amendes?|"
      r"sancion\w*|pena[sl]?|prisión|multas?|наказани\w*|санкци\w*|штраф\w*|лишени\w+ свободы|срок\w*",
      r"عقوب|سجن|غرام|刑|监禁|处罚|罚款|制裁")),
    ((r"voted|votes?|vot[ée]\w*|votaron|votó|голосова\w*|проголосова\w*", r"صوّت|صوت|投票|表决"),
     (r"vot\w*|scrutin|голос\w*", r"تصويت|صوت|投票|表决")),
    ((r"awarded|awards?|décern\w*|otorg\w*|присужд\w*|присуди\w*", r"مُنح|منح|授予|颁发"),
     (r"awards?\w*|prizes?|granted|décern\w*|attribu\w*|prix|otorg\w*|premio\w*|награ\w*|преми\w*|присужд\w*",
      r"جائزة|منح|授予|颁发|奖")),
    # "提出了什么要求" asks what was requested ("called for"), not what a text requires.
    ((r"requires?|required|exige\w*|impose\w*|requiere\w*|требует\w*|обязывает",
      r"تشترط|يشترط|تُلزم|" + "".join(f"(?<!{made}{'.' * n})" for made in ("提出", "提了") for n in range(7)) + "要求"),
     (r"requir\w*|oblig\w*|must|mandat\w*|shall|exig\w*|doi[tv]\w*|deben?|requi\w*|требу\w*|обязан\w*|должн\w*",
      r"يجب|يلزم|تشترط|إلزام|要求|必须|应当|规定")),
    ((r"(?:did|does|do) .{1,80}\bfind|\bwhat\s+(?:did|does|do)\s.{1,120}\bconclude\b(?!\s+(?:on|with|at|in)\b)|qu['’](?:a|ont)[- ](?:t[- ](?:il|elle|ils|elles)\s+)?(?:révélé|constaté|"
      r"montré)|qué\s+(?:reveló|revelaron|encontró|encontraron|constató|mostró|mostraron|halló)|"
      r"какие\s+выводы|к\s+каким\s+выводам|что\s+(?:показал\w*|выявил\w*|обнаружил\w*)",
      r"ما الذي توصّل|ما الذي توصل|ماذا وجد|ماذا كشف|ما الذي كشف|有哪些发现|发现了什么|有何发现"),
     (r"f(?:i|ou)nd\w*|show\w*|reveal\w*|conclu\w*|révél\w*|constat\w*|montr\w*|revel\w*|encontr\w*|mostr\w*|"
      r"hall\w*|показ\w*|выяв\w*|обнаруж\w*|вывод\w*", r"كشف|وجد|توصل|نتائج|أظهر|发现|表明|显示|结论")),
    ((r"recommend(?:ed|s)?|recommand\w*|préconis\w*|recomend\w*|aconsej\w*|рекомендова\w*|"
      r"рекомендует", r"أوصى|أوصت|توصي|يوصي|建议|推荐"),
     (r"recommend\w*|advi[cs]\w*|urg\w*|suggest\w*|propos\w*|call(?:ed|s|ing)? (?:for|on|upon)|encourag\w*|"
      r"recommand\w*|préconis\w*|conseil\w*|recomend\w*|"
      r"aconsej\w*|propon\w*|propus\w*|suger\w*|рекоменд\w*|предлож\w*|призыв\w*|призвал\w*|совет\w*",
      r"أوصى|توصي|توصية|توصيات|يوصي|اقترح|دعا|نصح|建议|推荐|呼吁|提议|倡导")),
)


# A question asking for a day ("On which dates ...?", "What is the deadline ...?"), in the six languages.
# "When" is not one: "When will the gap analysis be discussed?" is answered by "at the next meeting".
_ASKS_DAY = re.compile(
    r"\b(?:(?:what|which)\s+(?:exact\s+)?(?:dates?|days?)|dates?\s+(?:of|for)|deadlines?|"
    r"quelles?\s+dates?|quel\s+jour|dates?\s+limites?|dates?\s+(?:de|du|des)|"
    r"(?:qué|cuál|cuáles)\s+(?:es\s+la\s+|son\s+las\s+)?fechas?|qué\s+día|fechas?\s+(?:límite|de|del)|el\s+plazo\s+para|"
    r"какого\s+числа|как(?:ие|ая|ой|ую)\s+дат\w*|в\s+какой\s+день|крайн\w+\s+срок\w*|дат[аыу]\s+проведения)\b|"
    r"ما\s+(?:هو\s+|هي\s+)?تاريخ|ما\s+(?:هي\s+)?تواريخ|في\s+أي\s+(?:تاريخ|تواريخ|يوم|أيام)|الموعد\s+النهائي|"
    r"哪天|哪一天|什么日期|哪些日期|日期是|截止日期|几月几日|哪一日", re.I)


# A question asking for a time limit, in the six languages ("el plazo de conservación" is a period, not one).
_ASKS_DEADLINE = re.compile(
    r"\bdeadlines?\b|\bdates?\s+limites?\b|\bel\s+plazo\s+para\b|\bplazo\s+límite\b|\bfechas?\s+límite\b|"
    r"\bкрайн\w+\s+срок\w*|الموعد\s+النهائي|截止日期|截止时间", re.I)


def deadline_missing(plan: QueryPlan, sentences: list[str]) -> bool:
    """Does a question asking for a deadline find no sentence giving a day as a time limit?

    Across languages the subject cannot be looked for ("contribución" is not in English reports),
    and every passage near "the deadline for contributions to a meeting" gives the days meetings
    were held on; a time limit is what answers it, whatever it is about.
    """
    return bool(_ASKS_DEADLINE.search(plan.question)) and not any(map(gives_deadline, sentences))


# A question asking what came of an event: "What did stakeholders agree at the Tbilisi Conference?",
# "What was decided at ...", "What happened at ...", "the outcome of ...", in the six languages.
# A report written before the event speaks of it only as to come, and cannot answer it.
_ASKS_WHAT_CAME = re.compile(
    r"^\s*(?:what|which)(?: [\w-]+){0,8}? (?:did|have|has) .+\b(?:agree|decide|conclude|adopt|resolve|achieve|sign|endorse|"
    r"approve)(?:d|ed)?\b|\bwhat (?:were the )?decisions\b|\bwhich decisions\b|"
    r"\bwhat (?:was|were) (?:agreed|decided|concluded|adopted|resolved|achieved|signed|endorsed|approved)\b|"
    r"\bwhat happened (?:at|during|in)\b|\bwhat came (?:out )?of\b|\b(?:outcomes?|results?) of\b|"
    r"\bwhat (?:was|were) the (?:outcomes?|results?|conclusions?|decisions?)\b(?!-)|"
    r"\bqu['’](?:ont|a)[- ].*\b(?:convenu|décidé|conclu|adopté|signé|approuvé|obtenu)\b|"
    r"\bquelles?\s+(?:sont\s+les\s+|ont\s+été\s+les\s+)?d[ée]cisions?\b|\bd[ée]cisions?\s+(?:adoptée|prise)s?\b|"
    r"\bqu[ée]\s+decisiones\b|\bcu[áa]les\s+fueron\s+las\s+decisiones\b|"
    r"ما\s+(?:هي\s+)?(?:أهم\s+)?القرارات|哪些决定|什么决定|哪些决议|什么决议|"
    r"\bqu['’]est-il ressorti\b|\bmis(?:es?)?\s+d['’]accord\b|\bqu['’]est-ce qui s['’]est passé\b|\brésultats? d[eu]\b|"
    r"\bqué\s+(?:acordaron|decidieron|concluyeron|adoptaron|firmaron|aprobaron|se\s+acordó|se\s+decidió|"
    r"pasó|ocurrió)\b|\bresultados? de\b|"
    r"\bо\s+ч[её]м\s+договорились\b|\bчто\s+(?:решили|согласовали|приняли|подписали|произошло)\b|"
    r"\bкак(?:ие|ое)\s+решени[ея]\b|"
    r"\b(?:итоги|результаты)\b|"
    r"ماذا\s+(?:اتفق|قرر|حدث)|ما\s+الذي\s+(?:اتفق|تقرر|حدث)|نتائج|"
    r"达成了什么|决定了什么|商定了什么|结果是什么|成果是什么|发生了什么", re.I)


# Questions asking for a particular kind of answer, in the six languages, and how a sentence giving
# it looks in any of them. "Who is the co-convener ...?" asks for a person: the passages that
# speak of "the co-convener" without naming anyone do not answer it.
_PERSON_TITLE = (r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|H\.\s?E|M|Mme|Mlle|Sr|Sra|Srta|Dña?)\.?\s+"
                 r"[A-ZÀ-Þ]|\b(?:His|Her) Excellency\b|\bг-(?:н|жа)\b|\bгосподин\b|\bгоспожа\b|"
                 r"السيد|السيدة|先生|女士|博士|教授")
# A report's signature names its author without a title: "Abdelaziz Alzarooni (UAE) Chair, CWG-COP".
# The role is one of the usual titles of office (general language), so that a body's name with its
# acronym and a heading after it ("Digital Services Act (DSA)\nKey priorities") is not taken for one.
_SIGNATURE = (r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)*(?:\s+[A-Z][\w'’-]+){1,3}\s+\([^)]{2,40}\)\s*,?\s+"
              r"(?:(?:Vice|Deputy|Co)[- ]?)?(?:Chair\w*|President|Director|Secretary\S*|[Cc]onvener|Rapporteur|"
              r"Coordinator|Head|Minister|Ambassador|Councillor|Counsellor|Representative|Delegate)\b")
_PERSON = re.compile(f"{_PERSON_TITLE}|{_SIGNATURE}")


def is_signature(text: str) -> bool:
    """Is the passage a signature ("Abdelaziz Alzarooni (UAE)\nChair, CWG-COP") and nothing else?"""
    return len(text) <= 120 and bool(re.fullmatch(rf"\s*{_SIGNATURE}[^.!?]*", text))
# The word that ends a law's title ("Online Safety Act"), or another instrument's ("Lanzarote Convention").
_LAW_KINDS = "Act|Law|Code|Bill|Decree|Ordinance|Regulation|Directive"
_INSTRUMENT_KINDS = _LAW_KINDS + "|Convention|Treaty|Protocol|Charter"


def titled(kinds: str) -> str:
    """The pattern of a capitalised title ending in one of ``kinds``: "UK Online Safety Act", "Protection of Children Act"."""
    return rf"\b[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|on|for|and)){{0,6}}\s+(?:{kinds})\b"


# A law or other instrument a question names by its title: "the UK Online Safety Act", "the Digital Services Act".
INSTRUMENT_TITLE = re.compile(f"({titled(_INSTRUMENT_KINDS)})")


# Words for a person or the role one holds, in "the name of the Chair", "the name of the expert".
_PERSON_WORDS = (r"(?:chair\w*|vice[\s-]chair\w*|president|director\w*|minister|speaker|representatives?|delegates?|"
                 r"person|man|woman|expert|head|secretar\w+|officials?|co-?conveners?|coordinator|rapporteur|"
                 r"ambassador|councillor|moderator|presenter|founder|leader|author|researcher|professor|chief|"
                 r"officer|manager|commissioner|envoy|mayor|judge|lawyer|teacher|student|parent|mother|"
                 r"father|girl|boy|child|lady|gentleman)")
_PERSON_NOUN = (_PERSON_WORDS + r"\b"
                # the noun ends the phrase: "the name of the student competition" is a competition's
                r"(?=\s*(?:[?,.;:!]|$|who|whom|that|of|from|at|in|for|on|and|or)\b|\s*[?,.;:!]|\s*$)")
_LATER_PART = r"(?:(?<!\b\w)[.?!;:]\s+|\s[-–—]\s+)¿?\s*(?-i:(?!WHO\b))"
_MISSING_KINDS = (
    # The name of a law: "What is Kenya's child online protection law called?" is not answered by a
    # passage that names Kenya among a programme's countries. A law's name is capitalised and ends in
    # Act, Law, Code ... ("Online Safety Act"), or a numbered text ("Law No. 5"), in the six languages.
    (re.compile(r"\b(?:law|legislation)\b.*\b(?:called|named|titled)\b|\bname of (?:the |its |their )?"
                r"(?:[\w'’-]+ ){0,4}(?:law|legislation)\b|^\s*(?:which|what) (?:national )?(?:law|act)\s+"
                r"(?:did|does|do|is|was|has|have|will|would|should|can|could|requires?|prohibits?|obliges?)\b|"
                r"\bloi\b.*\b(?:s'appelle|intitul\w+)|\bs['’]appelle (?:la|le) (?:loi|texte)\b|\bnom de la loi\b|"
                r"^\s*quelle loi\b|\bse llama la ley\b|\bnombre de la ley\b|^\s*¿?\s*qué ley\b|"
                r"\bкак называется\b.*\bзакон|\bназвани\w+ закон|^\s*какой закон|"
                r"ما اسم\s+(?:ال)?قانون|أي قانون|法律叫什么|法叫什么|哪部法律|哪一部法律|法律的名称", re.I),
     re.compile(rf"{titled(_LAW_KINDS)}|\b(?:Act|Law|Decree|Loi|Ley)\s+(?:No\.?|N[°º]|n[°º])\s*\d|"
                r"(?i:\bloi (?:n[°º]|relative|pour|sur)\b|\bley (?:n[°º]|orgánica|de|sobre)\b|\bзакон\w* (?:о|об)\b|"
                r"\bзакон\w* «)|قانون رقم|《[^》]*法》"),
     "the name of the law"),
    # Who pays for something: "Who funds the programme?", "Who is the funder of ...?", "Qui finance ...?"
    # (before a person's name, which "Who is the ...?" asks otherwise). A sentence saying who funded it
    # or giving a sum answers it; "the United Nations Children's Fund" and "limited funding" do not.
    (re.compile(rf"(?:^|{_LATER_PART})\s*¿?\s*who (?:(?:is|are|was|were) )?(?:funds?|funded|funding|"
                r"pays?(?! (?:attention|tribute|heed))|"
                r"paid(?! (?:attention|tribute|heed))|paying(?! (?:attention|tribute|heed))|finances?|financed|financing|"
                r"sponsors?|sponsored|sponsoring|bankrolls?)\b|^\s*who (?:is|are|was|were) the (?:main )?"
                r"(?:funders?|sponsors?|donors?|financiers?)\b|^\s*who\b.{0,80}\b(?:funded|financed|sponsored|paid for) "
                r"by\s*\??\s*$|\b(?:funded|financed|sponsored|paid for) by whom\b|"
                r"^\s*qui (?:finance|financent|a financé|paie|sponsorise)\b|^\s*¿?\s*qui[eé]n(?:es)? (?:financia|financian|"
                r"paga|pagan|patrocina|patrocinan|financió|pagó)\b|^\s*кто (?:финансирует|финансировал\w*|оплачивает|"
                r"спонсирует)\b|(?:^|\s)من (?:يمول|يموّل|موّل|يدفع|يرعى)(?=[\s؟?]|$)|谁(?:资助|出资|赞助|提供资金)|由谁(?:资助|出资)",
                re.I),
     re.compile(r"\b(?:funded|financed|sponsored|paid for|supported|made possible|co-?funded|underwritten)\s+"
                r"(?:\w+\s+){0,2}?by\b|\b(?:funding|grants?|contributions?|donations?|financial support)\s+from\b|"
                r"\bdonors?\b|\bdonated\b|\bfinanc\w+ (?:par|por)\b|\bфинансир\w+|بتمويل|ممول|资助|出资|"
                + CURRENCY.pattern, re.I),
     "the funder"),
    # "Who is the Chair of ...?" asks for a person; "Who was the secretariat told to send it to?", ending
    # on its preposition, asks to whom, often a body.
    # "the name of the app competition" is a thing's, given as a title, a tag or in quotes.
    (re.compile(r"^\s*who (?:is|was|are|were) (?:the|a|an|its|their)\b(?!.*\b(?:to|with|for|by)\W*$)|"
                rf"\bname of (?:the|a|an|its|their) (?:[\w'’-]+[\s-]){{0,2}}{_PERSON_NOUN}|"  # "ex-president"
                r"^\s*qui (?:est|était) (?:le|la|l')|\bnom d[ue] |^\s*¿?\s*quién (?:es|era|fue) (?:el|la)\b|"
                r"\bnombre del? |^\s*кто (?:является|был[аи]?|такой|такая)\b|\bкак зовут\b|^\s*من (?:هو|هي)\b|"
                # Arabic "ما اسم" asks a person's name only before a person ("ما اسم رئيس ..."), as English
                # "the name of the chair" does; "ما اسم الموقع" asks a website's.
                r"ما (?:هو |هي )?اسم\s+(?:ال)?(?:رئيس|مدير|ممثل|مندوب|شخص|متحدث|خبير|أمين|وزير|منسق|مقرر|سفير|"
                r"مستشار|باحث|مؤسس|مسؤول|نائب|معلم|طالب|سيد)ة?(?=[\s؟?،,.]|$)|谁是|叫什么名字|名字是", re.I),
     _PERSON, "the name"),
    (re.compile(r"\b(?:tele)?phone number|\bnuméro de téléphone|\bnúmero de teléfono|\bномер телефона|"
                r"رقم (?:ال)?هاتف|电话号码", re.I),
     # A full number, or a helpline's short one: "the 116-child helpline", "dial 112".
     # Not a count of helplines or calls ("150 child helplines", "5,000 hotline calls"), nor a year.
     re.compile(r"(?:\+|\b)(?!(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b)\d[\d\s().-]{5,}\d|"
                r"(?<![\d,.])\b(?!(?:19|20)\d\d\b)\d{3,6}(?:-[\w-]+\s+|\s+)(?:help\s*line|hot\s*line|phone\s*line)\b"
                r"(?!s\b|\s+(?:calls|contacts|staff|workers|operators|services|users)\b)|"
                r"\b(?:help\s*line|hot\s*line)\s+(?:number\s+)?(?:is|on|at)\s+\d{3,}|"
                r"\b(?:dial(?:s|led|ing)?|call|ring)\s+(?:the\s+[\w-]+\s+on\s+)?\d{3,6}\b(?![\s,.]*\d)"
                r"(?!\s+[a-z]+s\b)", re.I), "the phone number"),
    (re.compile(r"\be-?mail ad{1,2}ress|\badresse (?:e-?mail|électronique)|\bcorreo electrónico|"
                r"\bэлектронн\w+ почт\w*|البريد الإلكتروني|电子邮件|邮箱", re.I),
     re.compile(r"\S+@\S+\.\w+"), "the e-mail address"),
)


# "Who is the Secretary-General of ITU?" asks for the holder of that role, not of a role
# under it: "The Deputy Secretary-General of the ITU, Mr Malcolm Johnson" does not answer it.
_ROLE_ASKED = re.compile(r"^\s*who (?:is|was) (?:the )?(?:current |present )?([\w-]+(?: [\w-]+)?) of\b", re.I)
_UNDER_ROLE = r"\b(?:deputy|vice|assistant|acting|former|ex|co|under)[\s-]+"


def _role_named(role: str) -> re.Pattern:
    """The role's name as a text writes it: "Chair" in "Chair, CWG-COP" and "chaired by"."""
    return re.compile(rf"(?<!\w){re.escape(role)}", re.I)


def _holds_role(role: str, sentence: str) -> bool:
    """Does the sentence name a person with the role itself (not a deputy's or a former holder's)?"""
    if not _PERSON.search(sentence):
        return False
    if re.match(_UNDER_ROLE, role, re.I):
        return True  # the question asks for the deputy
    found = list(_role_named(role).finditer(sentence))
    # "chaired by the Vice Chair Mrs Erebor": who chaired is the deputy, so the verb does not count.
    by_deputy = re.compile(rf"\w*\s+by\s+(?:the\s+)?{_UNDER_ROLE}{re.escape(role)}", re.I)
    found = [m for m in found if not by_deputy.match(sentence, m.end())]
    # A sentence naming someone without the role may still be about its holder.
    return not found or any(not re.search(rf"{_UNDER_ROLE}$", sentence[:m.start()], re.I) for m in found)


def holds_role_asked(question: str, text: str) -> bool:
    """Does the text name the holder of the role a "Who is the X of Y?" question asks for?

    True for any other question.
    """
    role = _ROLE_ASKED.search(question)
    return role is None or _holds_role(role.group(1), text)


# Words that ask for a kind in one language only: Spanish "nombre de" is a name, French "nombre de" a number.
_FALSE_FRIENDS = {"nombre": "es"}


def _means_in(found: str, language: str) -> bool:
    word = found.split()[0].lower() if found.split() else ""
    return _FALSE_FRIENDS.get(word, language) == language


_GIVEN_ANYWHERE = frozenset({"the phone number", "the e-mail address", "the funder"})


def _kind_asked(plan: QueryPlan) -> tuple[re.Pattern, str] | None:
    """(what a sentence must show, what it is called) for the kind of thing the question asks for: a
    phone number, a law's name. The first kind the question asks for decides: "the name of the law"
    is not a person's."""
    return next(((shows, what) for asks, shows, what in _MISSING_KINDS
                 if (found := asks.search(plan.question)) and _means_in(found.group(0), plan.language)), None)


def kind_asked(plan: QueryPlan) -> re.Pattern | None:
    """What a sentence must show to give the phone number, e-mail address or funder the question asks
    for, or None (a name and a law's title are read by ``answer_type`` and the rules above)."""
    asked = _kind_asked(plan)
    return asked[0] if asked and asked[1] in _GIVEN_ANYWHERE else None


def kind_missing(plan: QueryPlan, sentences: list[str], texts: list[str] = (),
                 elsewhere: frozenset[str] = frozenset(), subject: str | None = None) -> str | None:
    """What a question asks for ("the name") when it asks for a kind no sentence shows, else None.

    ``texts``: the first five passages whole, for a signature, whose name and role are two lines
    (the first three give a name; a role's holder may sign any of the five); ``elsewhere``: sentences
    of passages about someone the question does not ask about; ``subject``: the question's rarest word
    the collection knows (``subject_term``). A person's name is looked for in passages that speak of
    it: "chaired by Mr Alzarooni" does not name "the Hungarian expert who presented at the 19th meeting".
    """
    role = _ROLE_ASKED.search(plan.question)
    # A signature states its role: one among the first five passages answers for that role only.
    signing = [t for t in texts if is_signature(t) and _role_named(role.group(1)).search(t)] if role else []
    signed = [t for t in texts[:3] if is_signature(t)] + signing
    asked = _kind_asked(plan)
    # A number, an address or a funder is given anywhere in a passage, however far from the question's
    # words ("The 116-child helpline provides confidential, 24/7 support" is its paragraph's sixth
    # sentence): the first two are read whole, but not one about someone else (Kenya's helpline
    # does not give Tanzania's number).
    whole = [t for t in texts[:2] if not any(s in t for s in elsewhere)] if asked and asked[1] in _GIVEN_ANYWHERE else []
    # Not when the subject is the asking itself: "the name of the chair", "the person who chaired".
    if asked and asked[1] == "the name" and subject and texts and subject not in ("name", "names") \
            and not re.fullmatch(_PERSON_WORDS, subject) and not re.match(r"(?:chair|present|spoke|speak|head|lead)",
                                                                        subject):
        sentences = [s for s in sentences if not any(s in t for t in texts)
                     or any(s in t and mentions(subject, set(tokens(t))) for t in texts)]
    if asked and not any(asked[0].search(s) for s in [*sentences, *signed, *whole]):
        return asked[1]
    # "Who is the funder of ...?" asks for whoever funds it, a body as often as a person.
    if role and not (asked and asked[1] == "the funder") \
            and not any(holds_role_asked(plan.question, s) for s in [*sentences, *signing]):
        return f"the name of the {role.group(1)}"
    # The best passage whole: "The information document by Pakistan ..." opens the paragraph whose
    # sentence on "Digital Hifazat" names only the regulator.
    if _ASKS_COUNTRY.search(plan.question) and not any(names_a_country(s, plan.language)
                                                       for s in [*sentences, *texts[:1]]):
        return "the country"
    return None


# "Which country will host ...?", "Quels pays ...?", "¿Qué país ...?", "Какая страна ...?", "أي دولة", "哪个国家".
_ASKS_COUNTRY = re.compile(
    r"^\s*(?:which|what) (?:countr(?:y|ies)|member states?|nations?)\b|"
    r"^\s*(?:quel(?:le)?s?|dans quels?) (?:pays|états)\b|"
    r"^\s*¿?\s*(?:qué|cuál(?:es)?|en qué) (?:país(?:es)?|estados?)\b|"
    r"^\s*(?:какая|какие|в какой|в каких) (?:стран|государств)|"
    r"(?:أي|ما) (?:هي |هو )?(?:ال)?(?:دولة|دول|بلد|بلدان)\b|哪个国家|哪些国家|哪国", re.I)


def names_a_country(sentence: str, language: str) -> bool:
    """Does the sentence name a country ("Albania", "the Albanian authority", "UAE"), in English or in the
    question's language (the two a report answering it is most likely written in)?"""
    return any(countries_named(sentence, lang) for lang in dict.fromkeys(("en", language)))


# Verbs that say little by themselves ("recommend making the meetings longer"): never a question's subject,
# however rarely the reports write them.
_LIGHT_VERBS = frozenset("make makes making made do does doing done have has having had get gets getting got "
                         "take takes taking took give gives giving gave keep keeps keeping kept put puts putting "
                         "let lets letting go goes going went".split())


def subject_term(plan: QueryPlan, vocabulary, across: bool = False) -> str | None:
    """The question's rarest key word that the collection knows, numbers and the words asking for a date aside.

    ``across``: the question is in another language than the passages. The short words it shares
    with them are accidents ("de" of a Spanish question is rare in English reports, so it would be
    the subject); a name the question writes ("WeProtect") or a longer word spelt alike in both
    ("contribution") is its subject.
    """
    asking = set(tokens(" ".join(m.group(0) for m in _ASKS_DAY.finditer(plan.question))))
    # A month dates the subject ("its April 2025 meeting"); it is not what the question is about.
    asking |= month_year_words(plan.question)
    # So does a meeting it names: the sentences of "the nineteenth meeting" seldom say "nineteenth".
    asking |= {w for n in plan.meetings for form in meeting_forms(n) for w in tokens(form)}
    known = [t for t in plan.key_terms if t in vocabulary and not t.isdigit() and t not in asking
             and (t not in _LIGHT_VERBS or names_subject(plan.question, t))
             and (not across or len(t) >= 5 or names_subject(plan.question, t))]
    # A word the question writes as a name goes first: "Was the statement actually adopted at the
    # Tbilisi conference?" is about Tbilisi, which the reports name as seldom as "actually".
    return max(known, key=lambda t: (names_subject(plan.question, t), vocabulary.rarity(t))) if known else None


def names_subject(question: str, subject: str | None) -> bool:
    """Does the question write its subject as a name (capitalised, or holding a capital inside: "WeProtect")?"""
    if not subject:
        return False
    return any(match.group(0).lower() == subject and not match.group(0).islower()
               # A sentence's first word has a capital whatever it is ("Describe when ..."), unless
               # it has one inside ("WeProtect", "ITU").
               and (not opens_sentence(question, match.start()) or not match.group(0)[1:].islower())
               for match in re.finditer(r"[A-Za-z][A-Za-z0-9]+", question) if len(match.group(0)) > 2)


def about_subject(sentences: list[str], subject: str | None) -> list[str]:
    """The sentences naming the subject: "What did the 2023 Global Threat Assessment find?" is not
    answered by a finding of another study in the same passages."""
    return [s for s in sentences if mentions(subject, set(tokens(s)))] if subject else []


_LOOSE_DATE = re.compile(r"\b(?:launch|release|publication)\s+date\b|\bdate\s+(?:of|for)\s+(?:the\s+)?"
                         r"(?:launch|release|publication)\b|\bdate\s+de\s+(?:lancement|publication|sortie)\b|"
                         r"\bfecha\s+de\s+(?:lanzamiento|publicación)\b", re.I)
_EXACT_DAY = re.compile(r"\b(?:days?|jours?|d[ií]as?|exact\w*|pr[ée]cis\w*)\b", re.I)
# A month given of a launch or a release: "set to launch in March 2025", "to be published in May 2024".
_LAUNCHED = re.compile(r"\b(?:launch\w*|releas\w*|publish\w*|rolled out|roll-out|go(?:es)? live)\b", re.I)


# A question asking for a year, in the six languages: "In what year was the law passed?".
_YEAR_WORD = r"year(?![-\w'’])(?!\s+(?:groups?|levels?)\b)"  # not "year-long", "year group"
_ASKS_YEAR = re.compile(rf"\b(?:what|which|in what|in which) {_YEAR_WORD}|\b(?:en |de )?quelle année\b|"
                        r"\b(?:en )?qu[eé] año\b|\bв каком году\b|\bс какого года\b|في (?:أي|أيّ|اي) (?:سنة|عام)|"
                        r"哪一年|哪年", re.I)


def year_missing(plan: QueryPlan, sentences: list[str], subject: str | None) -> bool:
    """Does a question asking for a year find no sentence giving one, other than the years it names?

    The year is read in the sentences naming the subject and in the nearest three ("Since 2020, they
    have partnered with ITU" names no one): a year further off dates something else.
    """
    if not _ASKS_YEAR.search(plan.question):
        return False
    stated = set(re.findall(r"\b(?:19|20)\d\d\b", plan.question))
    read = (about_subject(sentences, subject) if subject else []) + sentences[:3]
    return not any(set(re.findall(r"\b(?:19|20)\d\d\b", s)) - stated for s in read)


def day_missing(plan: QueryPlan, sentences: list[str], subject: str | None) -> bool:
    """Does a question asking for a day find no sentence giving one about its subject?

    The subject must be in the same sentence: the passages about a conference also give
    the dates of the meeting that heard of it.
    """
    if not _ASKS_DAY.search(plan.question):
        return False
    # "date de lancement ?", "launch date": a month and its year may be all a report gives of a date
    # to come, and is the answer; "on which day", "exact date" ask for the day.
    loose = _LOOSE_DATE.search(plan.question) and not _EXACT_DAY.search(plan.question)
    # No sentence naming the subject at all (a paraphrase: "the cartoon figure" for the mascot): the
    # nearest sentences stand for it.
    read = about_subject(sentences, subject) or sentences[:3] if subject else sentences
    # The month of a launch is read in the nearest sentences too: "This program, set to launch in
    # March 2025, ..." follows the sentence naming the programme. English months only.
    return not any(gives_day(s) for s in read) and not (
        loose and any(month_years(s) and _LAUNCHED.search(s) for s in read + sentences[:3]))


def event_to_come(plan: QueryPlan, sentences: list[str], subject: str | None) -> bool:
    """Does a question asking what came of an event find its subject only where it is still to come?

    "What did stakeholders agree at the Tbilisi Conference?" is not answered by "A key milestone
    will be the Tbilisi Conference, which is to be held on March 10 to 12 in 2025".
    """
    # "What decisions will the conference take?" asks what is to come: the reports' looking ahead answers it.
    if not _ASKS_WHAT_CAME.search(plan.question) or _ASKS_TO_COME.search(plan.question):
        return False
    # An event the question dates ("when Study Group 17 discussed it in April 2025"): the sentences
    # giving that month speak of it, "It will be discussed in Study Group 17 in April 2025".
    dates = month_years(plan.question)
    dated = [s for s in sentences if dates & month_years(s)] if dates else []
    if dated and all(speaks_of_event_to_come(s) or _STILL_TO_DISCUSS.search(s) for s in dated):
        return True
    # Without a subject to look for (a question in another language than the passages), the
    # sentence nearest the question is the one about the event.
    about = sentences[:1] if subject is None else about_subject(sentences, subject)
    return bool(about) and all(speaks_of_event_to_come(s) for s in about)


# "Which organisations have co-signed the Joint Statement?" asks for what has been done; "The Joint
# Statement, to be co-signed by international organizations" says it is still to be done.
_DONE_ASKED = re.compile(r"\b(?:have|has|had)\s+(?:[\w-]+\s+){0,3}?([a-z][\w-]{3,}ed)\b", re.I)
_STILL_TO_DO = r"(?:\b(?:to|will|shall|would)\s+(?:be\s+)?|\bis\s+to\s+be\s+|\bare\s+to\s+be\s+)$"


def action_to_come(plan: QueryPlan, sentences: list[str]) -> str | None:
    """The verb of a question asking what has been done, when the sentences using it say it is still to be done."""
    found = _DONE_ASKED.search(plan.question)
    if not found:
        return None
    verb = found.group(1).lower()
    stem = re.escape(verb[:-2])
    uses = [(s, m.start()) for s in sentences for m in re.finditer(rf"(?<![\w-]){stem}\w*", s, re.I)]
    if uses and all(re.search(_STILL_TO_DO, s[:at], re.I) for s, at in uses):
        return verb
    return None


def subject_words(plan: QueryPlan, subject: str) -> str:
    """The subject as the question writes it, with the capitalised words around it ("Tbilisi Conference")."""
    for run in re.finditer(r"[A-Z][\w-]*(?:\s+(?:of|for|on|and|the)?\s*[A-Z][\w-]*)*", plan.question):
        if subject in tokens(run.group(0)):
            return f"the {run.group(0)}" if len(run.group(0).split()) > 1 else run.group(0)
    # A country a question in another language names: its English name ("Azerbaijan", "United Arab Emirates").
    if subject in plan.place_words:
        named = countries_named(subject, "en", any_case=True)
        if named:
            return english_names().get(named[0], subject)
    return f"'{subject}'"


# "Which two councillors ...?", "Quels sont les six pays ...?", "¿Qué tres países ...?": the question
# asks for that many names. A report that counts them ("Two councillors, however, considered ...")
# without naming them does not answer it. Number words are general language.
_NUMBER_WORDS = {w: n for n, words in enumerate((
    (), (), ("two", "deux", "dos"), ("three", "trois", "tres"), ("four", "quatre", "cuatro"),
    ("five", "cinq", "cinco"), ("six", "seis"), ("seven", "sept", "siete"), ("eight", "huit", "ocho"),
    ("nine", "neuf", "nueve"), ("ten", "dix", "diez"), ("eleven", "onze", "once"), ("twelve", "douze", "doce")))
    for w in words}
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_WHICH_COUNT = re.compile(
    r"\b(?:which|what|quel(?:le)?s\s+(?:sont\s+)?(?:les\s+)?|qu[ée]|cu[áa]les\s+(?:son\s+)?(?:los\s+|las\s+)?|"
    r"(?:list|name)\s+(?:(?:the|all|its|their|[\w-]+['’]s)\s+){0,2})\s*"
    # the counted noun is no month: "list the 10 October decisions" counts none
    r"(\d{1,2}|" + "|".join(_NUMBER_WORDS) + rf")\s+(?!(?:{_MONTHS})\b)([^\W\d_][\w-]+)", re.I)
# A name: a run of capitalised words ("South Africa", "OCSE"), not the sentence's first word.
_NAME_RUN = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w&'’-]*(?:\s+(?:of|the|for|de|la|del)?\s*[A-Z][\w&'’-]*)*")


def names_counted_not_named(plan: QueryPlan, sentences: list[str]) -> str | None:
    """What a "which N things" question counts, when a sentence counts them but none names N of them."""
    found = _WHICH_COUNT.search(plan.question)
    if not found:
        return None
    wanted = int(found.group(1)) if found.group(1).isdigit() else _NUMBER_WORDS[found.group(1).lower()]
    noun = found.group(2).lower()
    number = rf"(?:\b{wanted}\b|\b(?:{'|'.join(w for w, n in _NUMBER_WORDS.items() if n == wanted)})\b)"
    stated = re.compile(rf"{number}\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun[:5])}", re.I)
    counting = [s for s in sentences if stated.search(s)]
    if not counting or any(_things_named(s) >= wanted for s in counting):
        return None
    return noun


def _things_named(sentence: str) -> int:
    """How many things a sentence names: its names, or the items of a list after a colon
    ("three key pillars: the Digital Services Act ...; the BIK+ Strategy ...; and an age check")."""
    names = len(set(_NAME_RUN.findall(sentence.strip())))
    _, colon, listed = sentence.partition(":")
    items = len([p for p in re.split(r";|,|\band\b|\b\d\)", listed) if p.strip(" .")]) if colon else 0
    return max(names, items)


def _words(bounded: str, unbounded: str) -> re.Pattern:
    return re.compile(rf"\b(?:{bounded})\b" + (f"|{unbounded}" if unbounded else ""), re.I)


_OUTCOME_QUESTIONS = tuple((_words(*asked), _words(*said)) for asked, said in _OUTCOME_VERBS)


# Before an outcome's word, what makes it a plan: "will finalize", "to be co-signed", "submitted for adoption".
# Not "to" alone: "the Council decided to adopt it" is the outcome; "for" only before the noun
# ("for adoption", "for signature"), not "congratulated Kenya for adopting".
_YET_TO_COME = re.compile(r"(?:\b(?:will|shall|would)\s+(?:be\s+)?|\bto\s+be\s+)(?:co-)?$", re.I)
_FOR_A_DECISION = re.compile(r"\bfor\s+$", re.I)
_DECISION_NOUN = re.compile(r"\w+(?:ion|al|ure)$", re.I)
# A question about what is to come, asked with its verb: "Who will host the next meeting?" (not a
# topic word: "Was the next-generation framework adopted?").
_ASKS_TO_COME = re.compile(r"\b(?:will|shall|going to|is to be|are to be)\b|(?<!-)\b(?:next|upcoming)\b(?!-)|"
                           r"\b(?:prochaine?s?|sera|seront|próxim[oa]s?|será|serán|следующ\w*|будет|будут|"
                           r"состоится|devra|devront)\b|\b\w{2,}r(?:á|án)\b|القادم|المقبل|سوف|下一|下届|下次|将要|将于|"
                           r"将(?:会|作出|做出|通过|讨论|决定|举行|召开)", re.I)


def _planned(sentence: str, match: re.Match) -> bool:
    """Is the outcome's word a plan here: "will finalize", "to be co-signed", "submitted for adoption"?"""
    before = sentence[:match.start()]
    return bool(_YET_TO_COME.search(before) or _FOR_A_DECISION.search(before) and _DECISION_NOUN.match(match.group(0)))


def outcome_missing(plan: QueryPlan, sentences: list[str]) -> str | None:
    """The outcome word a question asks about when no sentence gives it as come about, else None.

    "Was the joint statement adopted at the Tbilisi conference?" is not answered by "stakeholders
    will finalize the document" or "to be co-signed": those say what is planned.
    """
    # "Who will host the next meeting?" is answered by what is planned: "will be hosted by ...".
    to_come = bool(_ASKS_TO_COME.search(plan.question)) or speaks_of_event_to_come(plan.question)
    # Each sentence of the question on its own: "I missed the conference. Was the statement adopted?"
    parts = re.split(r"(?<=[.!?])\s+", plan.corrected_question)
    # ... and without a short opening phrase: "In the end, was it adopted?", "Al final, ¿se aprobó?".
    parts += [re.sub(r"^(¿?)[^,?¿]{1,30},\s*", r"\1", p) for p in parts if re.match(r"^¿?[^,?¿]{1,30},", p)]
    for asked, said in _OUTCOME_QUESTIONS:
        found = asked.search(plan.corrected_question) or next(filter(None, (asked.search(p) for p in parts)), None)
        if found and not any(to_come or not _planned(s, m) for s in sentences for m in said.finditer(s)):
            return found.group(0).split()[-1]
    return None


# A number joined to a word counts that word only: "a 3-year programme", "the 116-child helpline".
_JOINED_NUMBER = re.compile(r"\b\d[\d,.]*-([A-Za-z]+)\b")


def holds_quantity(sentence: str, stated: frozenset[str] = frozenset(), counted: str = "") -> bool:
    """Does the sentence give a quantity other than a year, a date, an ordinal or a number the question states?

    ``counted``: what the question counts; a number joined to another word does not count it
    ("the 116-child helpline" gives no number of calls).
    """
    text = _NOT_A_QUANTITY.sub(" ", sentence)
    if counted:
        wanted = counted.lower().rstrip("s")[:5]
        text = _JOINED_NUMBER.sub(lambda m: m.group(0) if m.group(1).lower().rstrip("s")[:5] == wanted
                                  or re.fullmatch(r"(?:hundred|thousand|million|billion)s?", m.group(1), re.I)
                                  else " ", text)
    if stated:
        text = re.sub(r"\b(?:" + "|".join(map(re.escape, sorted(stated))) + r")\b", " ", text)
    return bool(_NUMBER.search(text) or _SHARE_WORD.search(text))


# What an answer must show for some kinds of question: a name for "who", a date for "when".
# The question word may open a later part that is itself the question: "... - when did it come
# out?", "... teachers. Who said that?". Not a clause inside a sentence ("When children use chat
# apps, what ...?"), a dash's aside ("– qui a été publié en 2020 –"), "e.g." or the acronym WHO.
_PART_ENDS = r"\b[^,?–—]*\?"
# What is still to be discussed, said of the event a question dates ("It will be discussed in Study Group 17
# in April 2025"); said of a text ("the Guidelines, which will be reviewed in 2026") it is no event to come.
_STILL_TO_DISCUSS = re.compile(r"\b(?:will|shall)\s+be\s+(?:discussed|considered|examined|reviewed)\b", re.I)
_NAMES_SOMEONE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+[A-Z]|\bchaired by\b|\bby [A-Z]")
# The question words are those of the six UN languages (a French question about an English report
# is answered by the English sentence naming someone all the same).
_ANSWER_TYPES = (
    # The question word opens the question or a later part of it: "... teachers. Who said that?",
    # "the cartoon character made by children - when did it come out?" (not ", who", a relative clause).
    (re.compile(rf"^\s*¿?\s*(?:who|qui|quién|quiénes|кто)\b|{_LATER_PART}(?:who|qui|quién|quiénes|кто){_PART_ENDS}|"
                r"谁|^\s*من\s", re.I),
     lambda text: bool(_NAMES_SOMEONE.search(text) or is_signature(text))),
    (re.compile(rf"^\s*when\b|{_LATER_PART}when{_PART_ENDS}|\b(?:what|which) (?:date\b|{_YEAR_WORD})|"
                r"^\s*¿?\s*(?:quand|cuándo|когда)\b|"
                r"\b(?:en |de )?quelle année\b|\b(?:en )?qu[eé] año\b|\bв каком году\b|في (?:أي|أيّ|اي) (?:سنة|عام)|哪年|"
                rf"{_LATER_PART}(?:quand|cuándo|когда){_PART_ENDS}|什么时候|何时|哪一年|^\s*متى", re.I),
     re.compile(rf"\b(?:{_MONTHS})\b|\b(?:19|20)\d\d\b").search),
    (HOW_MANY, holds_quantity),
)
# "In which countries does the initiative operate?" is answered by the sentence naming them. Only
# the answer composer reads this: in ranking, a bonus for any passage naming a country made "Which
# country funds the group?", which the reports never say, look answered.
_ASKS_WHICH_COUNTRIES = re.compile(r"^\s*(?:in|from|for|by|of) (?:which|what) countr(?:y|ies)\b", re.I)
_COMPOSING_TYPES = ((SHARE, gives_share),) + _ANSWER_TYPES + ((_ASKS_COUNTRY, lambda text: names_a_country(text, "en")),
                                    (_ASKS_WHICH_COUNTRIES, lambda text: names_a_country(text, "en")))


def answer_type(question: str, composing: bool = False):
    """The test a sentence answering the question must pass ("who": it names someone), or None.

    The answer composer picks the sentences that pass it (``composing``), and the reranker prefers
    the passages holding one: "Qui a ouvert la 14e réunion ?" is answered by the paragraph naming
    who opened it.
    """
    return next((shows for asks, shows in (_COMPOSING_TYPES if composing else _ANSWER_TYPES)
                 if asks.search(question)), None)


def mentions(name: str, text_words: set[str]) -> bool:
    """Is the name (or a word starting like it, 'Snapchat' for 'Snap') in the text?"""
    return name in text_words or any(w.startswith(name[:4]) or name.startswith(w) and len(w) >= 4
                                     for w in text_words) if len(name) >= 4 else name in text_words


def mentions_named(plan: QueryPlan, name: str, text_words: set[str]) -> bool:
    """Is a name the question gives in the text, itself or by its long form (``spelt_in``)?"""
    return mentions(name, text_words) or spelt_in(plan, name, text_words)


def spelt_in(plan: QueryPlan, name: str, text_words: set[str]) -> bool:
    """Does the text hold the long form of a name the question gives as an acronym the collection
    defines ("This three-year initiative" under "Safety for Children and their Rights Online" is
    about SCROL)?

    ``text_words`` holds stems too (``query.passage_words``): each word of the long form is found
    itself or by its stem ("regulators" for "regulator"), not by a word starting like it
    ("committee" is no "commission").
    """
    long_words = next((words for spelt, words in plan.spelt_names if spelt == name), ())
    return bool(long_words) and all(has_word(text_words, w) for w in long_words)


# How much the share of the question's key words in the best passage adds to the confidence
# (the nearest sentence's cosine); set on eval/questions.jsonl.
IDF_COVERAGE_WEIGHT = 0.3


def idf_coverage(plan: QueryPlan, vocabulary, words: set[str]) -> float:
    """Share of the question's key words found among ``words``, each weighted by its rarity."""
    if not plan.key_terms:
        return 1.0
    fixes = dict(plan.corrected)
    total = found = 0.0
    for term in plan.key_terms:
        weight = vocabulary.rarity(term)
        total += weight
        alternatives = [term, fixes.get(term)] + vocabulary.acronyms.get(term, "").split()[:1]
        found += weight * (any(has_word(words, a) for a in alternatives if a) or names_region_of(plan, term, words))
    return found / total


def names_region_of(plan: QueryPlan, term: str, words: set[str]) -> bool:
    """Is the question's word part of a region it names ("east africa") that the words name a country
    of ("tanzania")? A passage on Tanzania's helpline need not say "East Africa"."""
    return any(term in tokens(region) and any(all(w in words for w in form.split()) for form in forms)
               for region, forms in plan.regions)


# Words that count people: "How many people attended?" is answered by "120 participants". Only a
# question on attendance: "How many people did the campaign reach?" is not answered by a meeting's.
_PEOPLE = r"(?:people|persons?|individuals?|attendees?|participants?|delegates?)"
_ATTENDING = re.compile(r"\b(?:attend\w*|particip\w*|t[oa]ok?e? part|took part|join(?:ed)?\s+(?:the|a|an)\s+"
                        r"(?:meeting|session))\b", re.I)


# Nouns English counts the same things with, in general language: "How many nations ...?" is answered
# by "6 countries", "How many people did it reach?" by "150,000 individuals" (not by participants: see
# ``attending``).
_COUNTED_ALIKE = (r"(?:nations?|countries|country|states?)\b", r"(?:people|persons?|individuals?)\b",
                  r"(?:kids?|children|child|youngsters?|minors|pupils?|students?|learners?)\b", r"(?:schools?|campus(?:es)?)\b")


_DURATION_UNITS = r"years|months|weeks|days"


def counts(noun: str, sentences: list[str], attending: bool = False) -> bool:
    """Does a sentence put a number next to the noun ("a total of 24 contributions", "ten contributions",
    "contributions (18 in total)", "participants (more than 150)")?

    ``attending``: the question asks how many attended, so any word counting people will do.
    """
    stem = _PEOPLE if attending and re.fullmatch(_PEOPLE, noun, re.I) else next(
        (words for words in _COUNTED_ALIKE if re.fullmatch(words, noun, re.I)), re.escape(noun[:5].lower()))
    number = rf"(?:\d[\d,.]*\+?|\b{_COUNT_WORD})"
    if re.fullmatch(_DURATION_UNITS, noun, re.I):
        # "How many years does it run?": "a three-year initiative", "from 2022 to 2025".
        unit = noun.lower().rstrip("s")
        spans = re.compile(rf"{number}[\s-]+{unit}s?\b|\b(?:19|20)\d\d\s*(?:-|–|to)\s*(?:19|20)\d\d\b", re.I)
        return any(spans.search(s) for s in sentences)
    before = re.compile(rf"{number}\s+(?:[\w-]+\s+){{0,2}}{stem}", re.I)
    after = re.compile(rf"{stem}\w*\W+(?:[\w-]+\W+){{0,2}}\d", re.I)
    # Years, dates and list markers count nothing: "6) focus on girls and young women"; nor do ages:
    # "designed for children aged 9 to 12" says nothing of how many.
    return any(before.search(t) or after.search(t)
               for t in (_AGES.sub(" ", _NOT_A_QUANTITY.sub(" ", s)) for s in sentences))


_AGE = r"\d{1,2}(?!\d|[,.]\d)"
# An age: "aged 9 to 12", "13-year-olds", "16 years old", "18 years of age"; not "extended by 4 years".
_AGES = re.compile(rf"\b(?:aged?|ages)\s+(?:(?:between|from|under|over)\s+)?{_AGE}(?:\s*(?:-|–|to|and)\s*{_AGE})?|"
                   rf"\b(?:(?:under|over|between|from)\s+)?{_AGE}(?:\s*(?:-|–|to|and)\s*{_AGE})?"
                   rf"(?:[\s-]*years?-olds?|\s*years?\s+(?:old|of\s+age))\b", re.I)


def counts_asked(plan: QueryPlan, sentence: str) -> bool:
    """Does the sentence count what the question asks how many of ("eight recommendations")?"""
    return bool(plan.counted) and counts(plan.counted, [sentence], bool(_ATTENDING.search(plan.question)))


def _goes_on_from(sentence: str, nearer: list[str], texts: list[str]) -> bool:
    """Is the sentence in the passage of a sentence nearer the question: "Approximately 120 participants
    ..." after "The nineteenth meeting was held on 10 October 2023"?"""
    return any(sentence in text and any(other in text for other in nearer) for text in texts)


def _names_other_meeting(plan: QueryPlan, sentence: str) -> bool:
    """Does the sentence name a meeting other than those the question asks about ("At the nineteenth
    meeting, 120 participants ...")?"""
    return bool(plan.meetings) and any(n not in plan.meetings for n in meetings_in(sentence))


def share_near(plan: QueryPlan, rank: int) -> bool:
    """A share asked for may be given among the three nearest sentences in other words than the
    question's: "What fraction of people on the web are under-18s?" is answered by "approximately
    one-third of internet users being children". A share is rarely given by accident, so the three
    nearest sentences count; a number only the two nearest. A question naming a meeting still
    needs the meeting named (``assess`` also takes a share at any rank in the best passage, beside
    its nearest sentence)."""
    return rank < (3 if plan.wants_share else 2) and not plan.meetings


def _named_by_its_places(name: str, texts: list[str]) -> bool:
    """Is a country the question names spoken of by a place standing for it ("the Tbilisi Conference"
    for "the conference in Georgia")?"""
    codes = set(countries_named(name, "en", any_case=True))
    return bool(codes) and any(codes & set(stands_for) for text in texts for _, stands_for, _ in places_named(text))


# A run of capitalised words in a question: "Girls in ICT Day", "Safer Internet Day".
_CAPITALISED_RUN = re.compile(r"[A-Z][\w-]*(?:\s+(?:of|for|on|and|the|in)?\s*[A-Z][\w-]*)+")


def _generic_in_named_run(plan: QueryPlan, name: str, words: set[str]) -> bool:
    """Is the name a common English word inside a longer capitalised name whose other words the
    passages hold? "Girls in ICT celebrations" speaks of the "Girls in ICT Day" a question names."""
    if plan.language != "en" or not is_common_word(name, "en"):
        return False
    for run in _CAPITALISED_RUN.finditer(plan.question):
        others = [w for w in tokens(run.group(0)) if w != name and w not in STOPWORDS]
        if name in tokens(run.group(0)) and others and all(mentions(w, words) for w in others):
            return True
    return False


# "How many calls each year?": the year is the rate's unit, not the topic ("by the year 2021" shares nothing).
_RATE = re.compile(r"\b(?:each|per|a|an|every)\s+(year|month|week|day)s?\b(?!-|\s+of\b)", re.I)  # not "a day of action"


def _shares_key_term(plan: QueryPlan, sentence: str, common: frozenset[str] = frozenset()) -> bool:
    """Does the sentence hold a key word of the question, or name the meeting it names?

    A question in Chinese shares no word with an English report: "有多少人参加了第二十二次会议？"
    is answered by "At the twenty-second meeting ... among the 191 participants".
    """
    words = set(tokens(sentence))
    rate = {m.group(1).lower() for m in _RATE.finditer(plan.question)}
    return any(mentions(t, words) for t in plan.key_terms if not t.isdigit() and t not in common | rate) or any(
        all(w in words for w in tokens(form)) for n in plan.meetings for form in meeting_forms(n))


NOT_CLOSE = "no passage is close enough to the question"


def latent_cosine(a: tuple[np.ndarray, np.ndarray], b: tuple[np.ndarray, np.ndarray]) -> float:
    """Cosine of two texts' latent terms (term ids, weights), as sparse vectors."""
    weights_a = dict(zip(map(int, a[0]), map(float, a[1])))
    dot = sum(weights_a.get(int(term), 0.0) * float(weight) for term, weight in zip(*b))
    norms = float(np.linalg.norm(a[1])) * float(np.linalg.norm(b[1]))
    return dot / norms if norms else 0.0


def on_topic(question: LatentTerms | None, passages: list[LatentTerms], threshold: float | None) -> bool:
    """Do the question's latent terms meet those of one of the passages at ``threshold`` or more?"""
    if threshold is None or question is None or not passages:
        return False
    return max(latent_cosine(question, terms) for terms in passages) >= threshold


_FOR_EXAMPLE = re.compile(r"\b(?:e\.\s?g\.?|such as|for example|for instance|including|par exemple|tels? que|"
                          r"telles? que|por ejemplo|tales como|например|такие как|такими как)(?=[\s,:(])|"
                          r"(?<![\u0600-\u06FF])مثل(?![\u0600-\u06FF])|例如|比如", re.I)
# What may come between the names of a list of examples: "e.g. in Bulgaria, Poland and France".
_BETWEEN_NAMES = frozenset("in the and or etc".split())


def _illustrations(plan: QueryPlan) -> list[str]:
    """The names a question lists after "e.g." or "such as", as examples of what it asks for: the list
    ends at the first word that is neither a name nor "in", "the", "and", "or" ("such as the one in
    Kenya presented by Brazil": Kenya only)."""
    found = _FOR_EXAMPLE.search(plan.question)
    if not found:
        return []
    listed = set()
    for word in tokens(plan.question[found.end():]):
        if word in _BETWEEN_NAMES:
            continue
        if not any(word in tokens(name) for name in plan.names):
            break
        listed.add(word)
    return [name for name in plan.names if set(tokens(name)) <= listed]


def assess(plan: QueryPlan, best_sentence: float, top_sentences: list[str], top_texts: list[str],
           coverage: float, threshold: float, other_sentences: tuple[str, ...] = (),
           subject: str | None = None, elsewhere: frozenset[str] = frozenset(),
           same_language: bool = True, common: frozenset[str] = frozenset()) -> tuple[float, str | None]:
    """Confidence that the passages answer the question, and why not when they don't.

    ``top_sentences``: the evidence passages' sentences nearest the question, best first;
    ``top_texts``: the first five passages whole (the names a question gives are looked for in three);
    ``other_sentences``: the rest of their sentences, read only for a count of the thing a
    "how many X" question names ("191 participants"), a sentence too plain to rank high;
    ``subject``: the question's rarest word the collection knows (``subject_term``);
    ``elsewhere``: sentences of passages that do not mention everyone the question names;
    ``same_language``: the question is in the language of the best passage;
    ``common``: key words so frequent in the collection ("safety", "children") that a sentence sharing
    one is not thereby about the question: its number answers nothing.
    """
    confidence = best_sentence + IDF_COVERAGE_WEIGHT * coverage
    if plan.unknown_names:
        return 0.0, f"the reports never mention {', '.join(plan.unknown_names)}"
    words = passage_words(" ".join(top_texts[:3]), ())  # with stems, for an acronym's long form
    absent = [name for name in plan.names if not mentions_named(plan, name, words)
              and not _named_by_its_places(name, top_texts[:3]) and not _generic_in_named_run(plan, name, words)]
    # Names given as illustrations ("campaigns, e.g. in Bulgaria, Poland, France") ask for any of them.
    illustrative = _illustrations(plan)
    if illustrative and any(mentions(name, words) for name in illustrative):
        absent = [name for name in absent if name not in illustrative]
    if absent:
        return confidence, f"the closest passages do not mention {', '.join(absent)}"
    outside = [region for region, forms in plan.regions
               if not any(all(mentions(w, words) for w in form.split()) for form in forms)]
    if outside:
        return confidence, f"the closest passages name no country that {' or '.join(outside)} covers"
    stated = frozenset(re.findall(r"\d[\d,.]*\d|\d", plan.question))  # "Tanzania's 116 helpline": not the answer
    # A number about someone else is not the answer: "How many schools in Tanzania ..." is not
    # answered by Pakistan's "40 schools", though both passages are near the question.
    about = [s for s in top_sentences if s not in elsewhere]
    about_others = [s for s in other_sentences if s not in elsewhere]
    # A share asked for is given as one ("one in five"), not by any count ("two projects"); an age
    # also in words ("younger and younger children", "infants").
    asks_age = _ASKS_AGE.search(plan.question)
    # An age answers only a question asking one: "designed for children aged 9 to 12" says nothing of
    # how many downloaded it.
    # A share in the best passage, beside its nearest sentence, counts at any rank: "a 20% reduction in
    # violence" answers "by what percentage ... cut mistreatment of minors".
    gives = gives_share if plan.wants_share else (
        lambda s: holds_quantity(s if asks_age else _AGES.sub(" ", s), stated,
                                 plan.counted if plan.language == "en" else "") or bool(asks_age and _AGE_GIVEN.search(s)))
    attending = bool(_ATTENDING.search(plan.question))
    if plan.wants_quantity and not any(
            gives(s) and (rank == 0 or _shares_key_term(plan, s, common) or share_near(plan, rank)
                          or (not same_language and rank < 3 and _goes_on_from(s, about[:rank], top_texts)
                              or plan.wants_share and _goes_on_from(s, about[:1], top_texts[:1]))
                          and not _names_other_meeting(plan, s))
            for rank, s in enumerate(about)) and not (
            plan.counted and counts(plan.counted, about + about_others, attending)):
        return confidence, f"no passage gives the {'share' if plan.wants_share else 'number'} asked for"
    if plan.wants_sum and not any(CURRENCY.search(s) for s in about):
        return confidence, "no passage gives the sum asked for"
    if plan.counted and not counts(plan.counted, about + about_others, attending) and any(
            plan.counted[:5] in s.lower() for s in top_sentences):
        # The passages speak of the contributions but never count them.
        where = f" for the {plan.ordinal_meetings()} meeting" if plan.meetings else ""
        return confidence, f"no passage gives the number of {plan.counted}{where}"
    if deadline_missing(plan, top_sentences + list(other_sentences)):
        return confidence, "no passage gives the deadline asked for"
    if day_missing(plan, top_sentences, subject):
        return confidence, "no passage gives the date asked for"
    if year_missing(plan, top_sentences, subject):
        return confidence, "no passage gives the year asked for"
    every = top_sentences + list(other_sentences)  # read whole by the rules on what is to come
    done = action_to_come(plan, every)
    if done:
        return confidence, f"the passages say only that it is still to be {done}"
    # Across languages a word spelt alike may be a false friend ("parties prenantes", stakeholders):
    # what came of an event is read about its subject only when the question writes it as a name,
    # "la próxima cumbre de la Alianza Mundial WeProtect", or names its country; otherwise from the
    # sentences nearest.
    # A country it names is no false friend: "в Азербайджане" is the collection's "azerbaijan".
    event = subject if same_language or names_subject(plan.question, subject) or subject in plan.place_words else None
    if event_to_come(plan, every, event):
        return confidence, f"the passages speak of {subject_words(plan, event) if event else 'the event'} " \
                           "only as still to come"
    counted_only = names_counted_not_named(plan, about + about_others)
    if counted_only:
        return confidence, f"the passages count the {counted_only} but do not name them"
    kind = kind_missing(plan, about, top_texts, elsewhere, subject)
    if kind:
        return confidence, f"no passage gives {kind} asked for"
    outcome = outcome_missing(plan, about_subject(every, event) or (every if same_language else top_sentences))
    if outcome:
        return confidence, f"no passage gives the outcome asked for: '{outcome}'"
    if confidence < threshold:
        return confidence, NOT_CLOSE
    return confidence, None
