"""Writes eval/questions.jsonl. Kept as code so the set is easy to review and extend.

Each answerable question lists gold quotes: exact substrings of the reports
(whitespace-normalised). Unanswerable questions have none.
"""

import json
from pathlib import Path

Q = []


def q(kind, question, *gold):
    Q.append({"id": f"{kind}-{sum(1 for x in Q if x['type'] == kind) + 1:02d}", "type": kind,
              "question": question, "gold": list(gold)})


# Facts
q("fact", "Who chaired the 19th meeting of CWG-COP?", "chaired by Mr Abdelaziz Alzarooni (UAE)")
q("fact", "How many participants attended the nineteenth meeting?", "Approximately 120 participants")
q("fact", "Who chaired the 14th meeting of the working group?", "chaired by Mr Ibrahim Al Dabal (UAE)")
q("fact", "How many people took part in the twenty-second meeting?", "Approximately 191 participants",
  "discussed among the 191 participants")
q("fact", "Where was the 14th meeting held?", "held on 23 January 2018 at the ITU Headquarters in Geneva")
q("fact", "How many contributions did the 19th meeting receive?", "with a total of 24 contributions")
q("fact", "What age group is the Ask me! web app for?", "tailored to children aged 13 to 17")
q("fact", "Which online game did ITU launch for children aged 9 to 12?", "designed for children aged 9 to 12")
q("fact", "How many companies are in the Tech Coalition?", "alliance of 35 technology companies")
q("fact", "How many children did the I click sensibly campaign involve?",
  "The campaign involved 41,000 children in Poland 2017")
q("fact", "What reduction in violence does Bulgaria's national programme expect?", "a 20% reduction in violence")
q("fact", "How many people has Digital Hifazat reached?", "impacted 150,000 individuals in 40 schools")
q("fact", "How many State parties does the Lanzarote Convention have?", "currently has 48 State parties")
q("fact", "What support does Tanzania's child helpline give?", "The 116-child helpline provides confidential, 24/7 support")
q("fact", "How many participants were at the twenty-first meeting?", "the Group of 129 participants")
q("fact", "When was the COP mascot Sango launched?", "on Safer Internet Day 2020")
q("fact", "How many contributions did the eighteenth meeting have?", "the largest number of contributions (18 in total)")
q("fact", "How many countries explicitly list OCSE as a predicate crime?", "only 6 countries, out of 27 countries examined")
q("fact", "What is the name of Bulgaria's national information campaign?", "Be Brave, Be Good,")
q("fact", "How many children are affected by online sexual exploitation each year according to WeProtect?",
  "affecting over 300 million children annually")
q("fact", "How many young coaches did the Ecuador webinar train?", "a webinar in Ecuador trained 46 young coaches")

# Who presented what
q("who", "What did Albania present in 2023?", "first pilot of the ITU's global Child Online Protection program")
q("who", "What did India present at the 19th meeting?", "G20 Toolkit on Cyber Education and Cyber Awareness in collaboration with ITU")
q("who", "What did Egypt present in 2018?", "activities of Egypt’s National Committee for Child online protection in the last two years")
q("who", "What did Egypt present at the 22nd meeting?", "Digital Citizenship Initiative, a national effort led by the Egyptian Ministry")
q("who", "Who proposed revising Resolution 179 in 2018?",
  "submitted by the Russian Federation, Republic of Armenia, Republic of Belarus, and Kyrgyz Republic")
q("who", "What did Canada raise at the 22nd meeting?", "Canada raised concerns about the abusive use of cell phones in schools")
q("who", "What did Germany ask about?", "Germany inquired about the development and compatibility of age verification toolkits")
q("who", "What did the Philippines propose in 2023?", "presented a new draft resolution to encourage ITU and its member states")
q("who", "What did Saudi Arabia propose?", "The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters")
q("who", "What did Georgia present?", "efforts in promoting Child Online Protection Initiatives and media literacy")
q("who", "What has Pakistan done for child online protection?", "Digital Hifazat")
q("who", "What did the European Commission present in 2025?", "Its EU toolbox consists of three key pillars")
q("who", "What is Snap doing to detect abuse material?",
  "safety features for preventing and detecting Child Sexual Exploitation and Abuse Material (CSEAI)")
q("who", "What did ICMEC present?", "Financial Coalition Against Child Sexual Exploitation (FCACSE)")
q("who", "Who presented Huippula?", "a digital service by Save The Children Finland")
q("who", "What did Andorra present?", "Digital Transformation Programme, which focuses on child online protection and digital wellbeing")
q("who", "What did the Malta Foundation do?", "providing Training of Trainers (ToT) to social workers and education staff")
q("who", "What did Chad present?", "make child online protection a national priority through legal, regulatory, and educational initiatives")
q("who", "What did WISE KIDS present?", "Preventing Online Radicalisation, developed by the organization in collaboration with Cardiff Council")

# Paraphrases with few or no shared keywords
q("paraphrase", "How can mums and dads keep an eye on what their teenagers do on Snapchat?",
  "a Family Center for parents to monitor their teens' interactions on the platform")
q("paraphrase", "Who worried about kids using handsets in class?", "abusive use of cell phones in schools",
  "misuse of mobile phones in schools")
q("paraphrase", "Which body checks how countries apply the treaty against the sexual abuse of kids?",
  "monitored by the Lanzarote Committee through thematic rounds")
q("paraphrase", "What helps keep young people away from extremist ideas on the internet?",
  "equip parents, carers, and early help professionals with the knowledge and tools to prevent online radicalisation")
q("paraphrase", "Are banks involved in stopping the exploitation of kids?",
  "financial industry’s critical role in combating online child sexual exploitation")
q("paraphrase", "Was there a cartoon character for the initiative?", "The COP Mascot was posted online.",
  "launched its COP mascot, Sangophone")
q("paraphrase", "Which chair wanted longer sessions for the group?",
  "extending the allocated time for the Council Working Group to one and a half days")
q("paraphrase", "How do football coaches help protect kids on the internet?",
  "Through sports, coaches foster trust and open conversations about online safety")
q("paraphrase", "Is there a special phone line card that blocks unsuitable material for kids?",
  "Child SIM Card to filter inappropriate content")
q("paraphrase", "What was said about youngsters staring at displays for too long?", "the effects of excessive screen time")
q("paraphrase", "How did the group suggest checking whether programmes actually work?",
  "the importance of evaluating the effectiveness of a given programme")
q("paraphrase", "Who helps poorer nations set up ways to report abuse pictures?",
  "equip resource-poor countries and territories with a simple solution for reporting child sexual abuse imagery online")

# Keyword queries
q("keyword", "albania pilot cop", "first pilot of the ITU's global Child Online Protection program")
q("keyword", "gap analysis report CG-COP", "gap analysis report prepared by the Correspondence Group")
q("keyword", "ITU-D SG2 Q3/2", "ITU-D SG2 Q3/2", "Study Group 2 Question 3/2")
q("keyword", "Resolution 179 revision Russian Federation", "presented the proposal on the revision on the Resolution 179")
q("keyword", "PP-22 four year report", "to be submitted to the 2022 Plenipotentiary Conference (PP-22)")
q("keyword", "ICANN GAC", "greater cooperation with the Internet Corporation for Assigned Names and Numbers (ICANN)")
q("keyword", "INHOPE ICCAM", "The organization has a system called ICCAM")
q("keyword", "BIK+ strategy", "Better Internet for Kids+ Strategy (BIK+)", "Better Internet for Kids strategy")
q("keyword", "DQ institute COSI", "Child Online Safety Index strategies (COSI)")

# Typos and lower case
q("typo", "who chaird the ninteenth meting", "chaired by Mr Abdelaziz Alzarooni (UAE)")
q("typo", "what did albnia present", "first pilot of the ITU's global Child Online Protection program")
q("typo", "tanzanya helpline", "The 116-child helpline provides confidential, 24/7 support")
q("typo", "lanzarotte convention", "The Lanzarote Convention, adopted in 2007")
q("typo", "weprotect sumit abu dhabi", "Following its 2024 Summit in Abu Dhabi")

# Examples and best practices across the reports
q("examples", "What have countries done to train teachers on online safety?",
  "Training of Trainers for Educators", "expanding teacher training",
  "providing training to various target groups, including children, adolescents, teachers",
  "providing Training of Trainers (ToT) to social workers and education staff",
  "staff training is consistently a weak part")
q("examples", "Give examples of awareness campaigns run by countries", "Be Brave, Be Good,",
  "the Safer Internet Day in Beheira Governorate", "the campaign “all together for a safe internet”",
  "Digital Hifazat")
q("examples", "Examples of national strategies that include child online protection",
  "into the \"National Cybersecurity Strategy\"", "Chad’s National Cybersecurity Strategy recommends parental control standards",
  "a National Cybersecurity Strategy (2024) aims to embed cybersecurity education",
  "developing a Child Online Protection Strategy")
q("examples", "Examples of helplines or hotlines for reporting abuse",
  "National Safer Internet Centre Hotline for reporting abuse", "The 116-child helpline",
  "the UK’s hotline service", "complaint management system (CMS) for reporting child abuse online")
q("examples", "What are good practices of working with tech companies?", "partnered with TikTok",
  "The government collaborates with Internet Service Providers (ISPs) and tech companies",
  "alliance of 35 technology companies", "Established in 2021 by major Russian telecom, IT, and media companies")
q("examples", "How have organisations used sport to protect children online?", "Child Online Protection in Sports",
  "critical role of sports in promoting Child Online Protection", "Leveraging sports as a universal language",
  "training webinar for young coaches was held in partnership with the Scort Foundation")
q("examples", "Examples of games or interactive tools for children", "Sango’s Adventure: Discover Online Safety",
  "the Digital Guardians game", "interactive games, guidebooks", "Spoofie - learning through play")
q("examples", "How are children's voices included in the work on child online protection?",
  "The Chair welcomed youth input into ITU's child online protection work",
  "consulted 85 children and youth across nine countries",
  "the results of the youth online consultation on digital literacy",
  "Children will also be invited to join the discussions")

# Answers spread over several reports
q("multi", "What did the Scort Foundation present across meetings?",
  "SCORT Foundation highlighted the critical role of sports",
  "The information document by the Scort Foundation illustrated the dual nature")
q("multi", "What has Terre des Hommes presented over the years?",
  "Safety for Children and their Rights Online”. This three-year initiative",
  "The information document by Terre des Hommes highlighted the urgent need for regulation")
q("multi", "What did the CNIL present at CWG-COP meetings?",
  "had published eight recommendations to strengthen the protection of children online",
  "(CNIL) reaffirmed its priority of children’s rights and digital citizenship education")
q("multi", "What has WeProtect Global Alliance presented?",
  "WeProtect Global Alliance's mission to tackle child sexual exploitation online",
  "WeProtect Global Alliance emphasized the urgent need for a multi-sector approach")
q("multi", "What did Kindernothilfe do?", "Stopping Cybercrimes Against Children program",
  "was not presented, as the intervenor was not presented onsite")
q("multi", "What has the PoP initiative achieved?",
  "Protection through online participation (PoP) focused on understanding how children access protection online",
  "draft guiding principles for child helplines and tech platforms shared for consultation")
q("multi", "What did the Chair recommend about stakeholder participation?",
  "The Chair recommended more involvement and participation of the stakeholders at meetings",
  "The Chair recommended more proactive involvement and participation of all relevant stakeholders")

# Time and meetings
q("time", "When will the gap analysis be discussed?", "would be discussed at the next meeting in October 2025")
q("time", "When was the 22nd meeting held?", "held on 12 and 13 February 2025")
q("time", "When did the fifteenth meeting take place?", "held on 26 September 2019")
q("time", "When is the Tbilisi Conference?", "which is to be held on March 10 to 12 in 2025")
q("time", "When does the WISE KIDS programme launch?", "set to launch in March 2025")
q("time", "What were the outcomes of the 22nd meeting?",
  "The meeting welcomed the Secretariat’s initiative to make all resources")
q("time", "What happened at the meeting in September 2024?", "In the twenty-first meeting, the Group of 129 participants")
q("time", "When was UNICEF's toolkit on children's privacy due?", "A toolkit on this is to be released in March 2018.")
q("time", "When will the EU age verification system launch?", "set to launch in 2025 as a bridge to the EU Digital Wallet in 2026")
q("time", "When should the Philippines resubmit its resolution?", "resubmitting one in January", "for resubmission in January")

# Plausible questions the reports do not answer
q("unanswerable", "What did Brazil present at CWG-COP?")
q("unanswerable", "Who chaired the 20th meeting of CWG-COP?")
q("unanswerable", "What did Japan say about generative AI chatbots?")
q("unanswerable", "How many reports of child sexual abuse material did NCMEC receive in 2023?")
q("unanswerable", "What was decided at the 23rd meeting in October 2025?")
q("unanswerable", "What is Kenya's national child online protection law called?")
q("unanswerable", "Did Australia's eSafety Commissioner present to the group?")
q("unanswerable", "What minimum age for social media did the group recommend?")
q("unanswerable", "How much money did the European Commission commit to child online protection?")
q("unanswerable", "What did China present on online gaming limits for minors?")
q("unanswerable", "Who is the current Secretary-General of ITU?")
q("unanswerable", "What penalties did Meta pay for failing to protect children?")

out = Path(__file__).with_name("questions.jsonl")
out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in Q), encoding="utf-8")
print(f"{len(Q)} questions written to {out}")
