"""Writes eval/questions.jsonl, questions_multilingual.jsonl and questions_multilingual_dev.jsonl, kept as code
so the sets are easy to review.

Each answerable question lists gold quotes: exact substrings of the reports
(whitespace-normalised). Unanswerable questions have none.
"""

import json
from pathlib import Path

Q = []
# Which half a question belongs to: "dev" (tuning reads only these) or "test" (frozen, never tuned on).
SPLIT = "dev"


def q(kind, question, *gold):
    prefix = "t-" if SPLIT == "test" else ""
    number = sum(1 for x in Q if x["type"] == kind and x["split"] == SPLIT) + 1
    Q.append({"id": f"{prefix}{kind}-{number:02d}", "type": kind, "split": SPLIT,
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

# ---------------------------------------------------------------------------------------------------------
# More dev questions (issue: grow the dev half), written from the five reports the way a delegate or researcher
# types. Unanswerable ones ask for an outcome, figure, name, host, date or legal requirement of something the
# reports mention but never give, or what a country or body in the reports presented where it did not present.
q("unanswerable", "Who won Argentina's #TodosSomosUnicos app competition?")
q("unanswerable", "How much money did the Netherlands Postcode Lottery give to the SCROL initiative?")
q("unanswerable", "What does Tanzania's 2024 amendment to the Cybercrimes Act require of internet service providers?")
q("unanswerable", "How much did the CNIL fine companies for breaking children's privacy rules?")
q("unanswerable", "What is the budget of CWG-COP for 2024-2025 in Swiss francs?")
q("unanswerable", "Which city hosted the Global Age Assurance Standards Summit?")
q("unanswerable", "On which dates will the World Telecommunication Development Conference in Azerbaijan be held?")
q("unanswerable", "How many children took part in the consultation workshops in Indonesia, Lebanon and Malawi?")
q("unanswerable", "What does the UK's Age-Appropriate Design Code require online services to do?")
q("unanswerable", "What fines can the European Commission impose under the Digital Services Act?")
q("unanswerable", "Which two councillors wanted CWG-COP to keep its current terms of reference?")
q("unanswerable", "What did Iran present at the 19th meeting?")
q("unanswerable", "What did Nigeria present at the twenty-second meeting?")
q("unanswerable", "What did Suriname present to the working group about its national COP framework?")
q("unanswerable", "How many people did Bulgaria's Be Brave, Be Good campaign reach?")
q("unanswerable", "How many arrests have Snap's detection tools led to?")
q("unanswerable", "How many schools in the UAE joined the Aqdar eSafe School programme?")
q("unanswerable", "How many young people answered the RErights online consultation on digital literacy?")
q("unanswerable", "Which logo did the group finally choose after the 2018 proposal?")
q("unanswerable", "How much did the UK Home Office pay for the WISE KIDS radicalisation course?")
q("unanswerable", "Which six countries list online child sexual exploitation as a predicate crime?")
q("unanswerable", "How many participants attended the seventeenth meeting in January 2021?")
q("unanswerable", "Who is the co-convener of the ITU-T SG17 Correspondence Group on COP?")
q("unanswerable", "What did the 2023 Global Threat Assessment find about sextortion?")

# Paraphrases: the passage described in other words
q("paraphrase", "Did anyone say the web should be treated as a friend rather than an enemy?",
  "not to consider the web as an adversary but rather as an ally")
q("paraphrase", "What share of people on the internet are kids?", "approximately one-third of internet users being children")
q("paraphrase", "Can one firm fix the abuse problem on its own?",
  "no single company could solve this problem, and enforcing policies requires collaboration")
q("paraphrase", "At what point does the network of reporting lines step in?",
  "their work starts when a child has already been abused")
q("paraphrase", "Are the victims of abuse getting younger and younger, even babies?",
  "more and more reports of abuse of younger and younger children (infant abuse) were emerging")
q("paraphrase", "What trouble did the North African national committee have getting non-profits involved?",
  "one major challenge they face was in bringing on board more NGOs")
q("paraphrase", "Do British schools spend more effort educating mums and dads than their own employees?",
  "schools spend a lot more time in the UK training parents and not members of staff")
q("paraphrase", "Which city on the canal held an internet safety day in 2017?",
  "the Safer Internet Day in Port-Said Governorate (2017)")
q("paraphrase", "How many pupils did the Polish sensible-clicking drive hope to reach by 2021?",
  "The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021")
q("paraphrase", "What holds the island states back, like lack of money and red tape?",
  "challenges such as limited funding, fragmented frameworks, and bureaucratic delays hinder progress")
q("paraphrase", "Is the small Pyrenean country worried about kids getting hooked on devices?",
  "to prevent screen addiction, social isolation, and digital stress")
q("paraphrase", "Is the Pakistani regulator trying to filter at the operator level for the whole country?",
  "network-level parental control initiative aims to centralize online safety measures")
q("paraphrase", "Was safety material produced in the national tongue of Pakistan?", "developed local language content in Urdu")
q("paraphrase", "Do youngsters want to be kept safe without giving up their secrecy?",
  "Young people advocate for a balance between safety and privacy")
q("paraphrase", "Which concrete app features were proposed, like stopping people from capturing the screen?",
  "concrete actions like pop-up warnings and restrictions on screenshotting")
q("paraphrase", "Were famous buildings lit up in a campaign against violence?",
  "public landmarks illuminated with anti-violence messages")
q("paraphrase", "Does the police of the central African country work with international crime-fighting agencies?",
  "its cybercrime units work with INTERPOL and Europol to combat online child exploitation")
q("paraphrase", "Was anything said about making the talks accessible to deaf children?",
  "adding sign language for accessibility for children who cannot understand")
q("paraphrase", "Did the pandemic make kids spend more time on the internet?",
  "more time spent online than ever before in the wake of COVID-19")
q("paraphrase", "What did the 2018 chair say about kids being alone on the net?",
  "every child can now find him- or herself isolated with independent access to the internet")
q("paraphrase", "Were nursery-age children taught to build robots with the mascot?",
  "robotics activities for kindergarteners using Sango's character")
q("paraphrase", "Do kids see the dangers of being on the internet as just part of life?",
  "children accept online risks as normal, while caregivers overestimate their ability to protect them")
q("paraphrase", "Is there a scheme to make sure young victims actually get the money they are awarded?",
  "This framework ensures survivors receive and manage restitution awards effectively")
q("paraphrase", "Does anyone advise parents on a child's first smartphone?",
  "covering cybersecurity, geolocation risks, online services, and managing children’s first mobile phones")
q("paraphrase", "Was there Japanese-style comic material to teach young people about privacy?",
  "manga-style educational content, addressing topics such as privacy, cyberbullying")
q("paraphrase", "Why are blocking tools and switches for parents not enough?",
  "digital platforms are not designed with children in mind")

# Meetings named by number, ordinal word or month
q("meeting", "Who opened the 14th meeting?", "The Deputy Secretary-General of the ITU, Mr Malcolm Johnson, opened the meeting")
q("meeting", "How many contributions were there at the fourteenth meeting?",
  "There were ten contributions from different stakeholders")
q("meeting", "Who chaired the twenty-second meeting?", "chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria)")
q("meeting", "Where was the 21st meeting held?", "at the ITU Headquarters in Geneva, Switzerland, in a hybrid format")
q("meeting", "What were the dates of the twenty-first meeting?", "held on 30 September to 1 October 2024")
q("meeting", "What did the chair say at the sixteenth meeting about the report?",
  "a report would be prepared, which would include both the fifteenth and the sixteenth meetings")
q("meeting", "How well attended was the 17th meeting?", "The Chair stated that the meeting was very well attended")
q("meeting", "How many participants did the eighteenth meeting have?", "number of participants (more than 150)")
q("meeting", "What was sent to ITU-D Study Group 2 after the fifteenth meeting?",
  "A first liaison statement was sent to ITU-D Study Group 2")
q("meeting", "Who opened the nineteenth meeting?", "Mr. Cosmas Luckyson Zavazava opened the meeting")
q("meeting", "What did the February 2025 meeting think of the quarterly industry talks?",
  "The meeting endorsed the proposed ITU Industry Connect",
  "The meeting welcomed the concept of the series of events")
q("meeting", "What was agreed at the twenty-first meeting about dialogues with industry?",
  "ICT industry dialogues will shift to a less formal setting led by BDT")
q("meeting", "Which countries shared their experience in the special session of the 19th meeting?",
  "member states (Malawi, Armenia and Albania) sharing their experiences")
q("meeting", "Which companies were on the panel at the October 2023 meeting?",
  "Meta and Snap.Inc were asked the following question")
q("meeting", "How did people take part in the January 2018 meeting?", "participated both physically and remotely in the meeting")
q("meeting", "Which liaison statements came up at the twenty-first meeting?",
  "a liaison statement from ITU-D Study Group 2 Question 3/2 and a liaison statement on SG17")

# Examples from several passages
q("examples", "Examples of work on age verification",
  "a privacy-preserving age verification system, set to launch in 2025",
  "Germany inquired about the development and compatibility of age verification toolkits",
  "the lack of comprehensive standards for age verification")
q("examples", "What have countries done to filter harmful content or give parents control?",
  "Relevant national entities implemented content filtering",
  "PTA’s network-level parental control initiative aims to centralize online safety measures",
  "exploring the introduction of a Child SIM Card to filter inappropriate content")
q("examples", "Examples of work on artificial intelligence and children's rights",
  "Joint Statement on AI and Child Rights", "UNICEF is also updating its AI for Children guidance",
  "developing a child rights impact assessment tool for AI",
  "integrating child protection into cybersecurity and AI governance")
q("examples", "How have the COP guidelines been translated into local languages?",
  "translating ITU Child Online Protection into Hungarian",
  "the translation ITU Child Online Protection Guidelines into national languages",
  "In Malta, translated guidelines were officially presented during a national event",
  "dissemination of the Child Online Protection guidelines through translation, localization")
q("examples", "Examples of research on children's experiences online",
  "The VOICE research (2024), involving nearly 500 children and caregivers across 15 countries",
  "The Foundation’s research, Pathways and Disrupted Childhood",
  "a service-specific view on risks and parental attitudes")
q("examples", "What have countries done to change their laws on child online protection?",
  "Cybercrimes Act (2015), recently amended in 2024 to enhance child protection",
  "The legal framework includes laws on cybersecurity, data protection, and cybercrime",
  "improving the legal framework for child protection",
  "A review of the existing legal framework is also recommended")
q("examples", "How do organisations work with the police against child abuse online?",
  "send reports to Interpol for intervention",
  "its cybercrime units work with INTERPOL and Europol",
  "build capacities and capabilities of LE", "unites financial institutions, technology partners, and law enforcement")


# ---------------------------------------------------------------------------------------------------------
# More dev questions, written in the eighth session to give paraphrases and unanswerable questions more tuning
# signal. Paraphrases describe one passage in everyday words without its distinctive names, about half of them
# from paragraphs no earlier question uses; unanswerable ones ask for a figure, name, date, host or outcome the
# reports mention but never give (checked by searching the reports).
q("paraphrase", "Did the chairman show a badge or emblem to give the working group its own identity?",
  "giving an identity to the group")
q("paraphrase", "Did anyone ask whether there is a way to report what is being done in each part of the world?",
  "whether there was a mechanism for reporting regional activities")
q("paraphrase", "How was the British school safety scheme adjusted to fit a Gulf country's culture and laws?",
  "adapted itself to the UAE context: to its education, culture, language, and legislation")
q("paraphrase", "According to the youth survey, what holds children back from getting good with technology?",
  "limited digital literacy of teachers and inadequate access to devices")
q("paraphrase", "Does the worldwide network of tip-off lines feed the biggest database of abuse cases?",
  "INHOPE contributes to NCMEC, the largest database of online child abuses")
q("paraphrase", "Did the UN children's agency bring firms and experts together on kids' privacy and free speech?",
  "This is a UNICEF-led platform for companies and experts")
q("paraphrase", "Was it agreed to build one place on the web collecting what every nation is doing?",
  "the need to have an online repository of country efforts")
q("paraphrase", "Who said much more needs doing for kids in poor and excluded neighbourhoods?",
  "especially for those living in marginalized communities")
q("paraphrase", "Did the chairman ask nations to help put the guidance into practice at home, for instance with money?",
  "engage in the roll out and implementation of the Guidelines within their countries, either financially or other")
q("paraphrase", "Was it proposed to talk about child safety at the yearly events encouraging young women into tech careers?",
  "incorporating Child Online Protection discussions into all Girls in ICT celebrations")
q("paraphrase", "Did every one of the twenty big economies back the principles behind the online-risk toolkit?",
  "received unanimous support from all G20 members and guest countries")
q("paraphrase", "Which broadcasting regulator in the Caucasus works with a European human-rights body on media skills?",
  "partnering with the Council of Europe to advance media literacy")
q("paraphrase", "Is anyone updating the agreed words people should use when talking about the sexual abuse of children?",
  "revision of the terminology guidelines for the protection of children from sexual abuse and exploitation")
q("paraphrase", "What are the advantages of a national score for how safe kids are on the net, like spending money wisely?",
  "benefits of utilizing COSI like effective resource allocation")
q("paraphrase", "Who fights the trade in women and children and also works on keeping kids safe on the net?",
  "commitment to combating abuse, exploitation, and trafficking, especially among women and children")
q("paraphrase", "What did the social media firms on stage reply when asked how they keep young users safe?",
  "Responses ranged from prioritizing age-appropriate content and robust moderation")
q("paraphrase", "Has the Balkan country's child protection agency given schools rules for keeping pupils safe on social networks?",
  "providing educational institutions with essential directives for safeguarding children on social networks")
q("paraphrase", "Did the island nation's former head of state mention upsetting accounts from young victims of bullying?",
  "citing the distressing testimonies of young children affected by the prevalence of bullying")
q("paraphrase", "Which university in Australia is helping to consult children?",
  "collaboration with Western Sydney University")
q("paraphrase", "Will the planned talks with tech firms take place in a room or over the internet?",
  "The sessions will be held virtually, beginning in 2025")
q("paraphrase", "In which provinces along the Nile did local trainers and teachers run online safety programmes?",
  "trainers and educators from Qalyubia, Aswan, and Daqahliyah")
q("paraphrase", "Is there a poster in several languages explaining young people's rights over their data?",
  "featuring a multilingual privacy rights poster")
q("paraphrase", "Is Brussels looking into apps built to keep kids hooked?", "investigating addictive platform designs")
q("paraphrase", "Why do the union and the UN children's rights committee want a shared text on smart machines and kids?",
  "address the lack of global legal norms on children's rights in the AI era")
q("paraphrase", "Is the UN children's agency looking at brain technology?",
  "conducting research on neurotechnology and child rights")
q("paraphrase", "In which Austrian city was a training event on new technologies held?", "a capacity-building event in Vienna")
q("paraphrase", "Is there a danger that patchy national rules set off a contest to lower protections?",
  "fragmented regulations risk a “race to the bottom,”")
q("paraphrase", "What three steps does the review of missing technical norms for kids' safety follow?",
  "identifying threats and vulnerabilities, determining technical solutions, and assessing gaps in existing standards")
q("paraphrase", "Who decides whether the council's working groups are kept, changed or shut down?",
  "submit recommendations to the plenipotentiary conference on the need to maintain, modify, terminate or establish CWGs")
q("paraphrase", "Why was 2022 called a special year for the union?", "this year was unique with three main ITU conferences")
q("paraphrase", "What did national council members like about the chairman's report?",
  "in particular the lively participation and multistakeholder involvement")
q("paraphrase", "Did the chairman think it was a good moment to work more with the body that runs web addresses?",
  "it would be an opportune time to expand collaboration with ICANN")
q("paraphrase", "Which speaker said she has four children who grew up online?", "As a parent of four digital natives")
q("paraphrase", "Who drew up the friendly character that teaches kids about the dangers of the web?",
  "It had been created and designed by children")
q("paraphrase", "Must the group's papers be open to everyone without a login?", "publicly accessible without password protection")
q("paraphrase", "Which other council group, on internet governance, should the child safety group keep in touch with?",
  "to liaise with the Council Working Group on international Internet-related public policy issues")
q("paraphrase", "Does the group have to ask young people for their opinions before and during its sessions?",
  "conduct online consultations with youth to listen to their views")
q("paraphrase", "Does this work need extra money beyond what is already set aside?", "Within the allocated budget 2024-2025.")
q("paraphrase", "Where is the group's mandate written down?", "specified in Annex 1 of the outcome of the 1st meeting")
q("paraphrase", "Has the group lately tried to get tech firms talking and sharing what they know?",
  "Engaging more the ICTs companies working in this field to ensure dialogue and knowledge sharing")

q("unanswerable", "What is the deadline for sending a contribution to a CWG-COP meeting?")
q("unanswerable", "Which international organisations have co-signed the Joint Statement on AI and child rights?")
q("unanswerable", "What did stakeholders agree at the Tbilisi Conference in March 2025?")
q("unanswerable", "How many member hotlines does INHOPE have?")
q("unanswerable", "What is the phone number of Bulgaria's National Safer Internet Centre Hotline?")
q("unanswerable", "What share of Polish children said they had been cyberbullied in the 2022 consumer survey?")
q("unanswerable", "On what date was the 2024 Geneva event that began ITU and CRC cooperation on AI held?")
q("unanswerable", "What is the name of the expert who advised states in the 'from theory to practice' session?")
q("unanswerable", "Which Russian companies founded the Alliance for the Protection of Children in the Digital Environment?")
q("unanswerable", "Which city will host the next WeProtect Global Alliance summit?")
q("unanswerable", "Which sign language will the ITU Industry Connect sessions use?")
q("unanswerable", "How many schools in Tanzania have digital clubs?")

q("meeting", "What did the 14th meeting propose that ITU put on its website?",
  "requesting that ITU set up a link on its website to showcase studies or best practices")
q("meeting", "What did the fifteenth meeting ask ITU-D about household indicators?",
  "request further information on EG-household Indicators")
q("meeting", "What did the chair of the 17th meeting recommend about ITU's regional offices?",
  "The Chair recommended engaging ITU Regional Offices in the CWG-COP")
q("meeting", "What did the chair of the January 2021 meeting invite the membership to contribute to?",
  "invited the CWG-COP membership to contribute to the work of the ITU-D SG2")
q("meeting", "What did the lively discussion at the eighteenth meeting show, according to the chair?",
  "which showed how important this CWG has become to membership")
q("meeting", "What did the chair say about the contributions at the January 2022 meeting?",
  "each contribution added a unique perspective on the holistic approach of the COP initiative")
q("meeting", "What did the chair explain about submitting contributions at the nineteenth meeting?",
  "an overview of the submission process for Council Working Group on Child Online Protection contributions")
q("meeting", "What did the twenty-second meeting reconfirm about engaging stakeholders?",
  "The meeting reconfirmed the importance of engaging different stakeholders",
  "The meeting reaffirmed the importance of multi-stakeholder engagement in child online protection, emphasizing")
q("meeting", "What was agreed at the 21st meeting about keeping a record of contributions?",
  "maintain a comprehensive record of all contributions and information documents")
q("meeting", "What did the chair emphasise at the September 2024 meeting?",
  "The Chair emphasized the importance of industry engagement, child and youth input, and resource-sharing among members")

# Tenth session: a sum asked without "how much", a name in a year it is not found in, the country asked for.
q("unanswerable", "What was the ITU budget for child online protection in 2024?")
q("unanswerable", "What did Snap Inc. announce about age verification in 2025?")
q("unanswerable", "Which country funds the Correspondence Group on Child Online Protection?")
q("fact", "Which country launched the Digital Hifazat programme?",
  "The information document by Pakistan summarized its extensive initiatives")


# ---------------------------------------------------------------------------------------------------------
# Fourteenth session: 50 questions written by a helper from its own reading of the reports, without seeing
# the questions above, the way users type (chatty, lower case, search-box style, two misspelt): 10 paraphrases,
# 8 facts (3 naming a meeting), 8 on a named country or body, 7 requests for examples, 5 spread over several
# reports, 4 on dates, 8 unanswerable. Run once before any change, they found three abstention faults (a
# capital opening a second sentence read as a name; a share answered by any count; "did the Council adopt").
q('paraphrase', 'is there a country that built a website in arabic with games and guidebooks to keep kids safe on the internet?',
  'The Wa3i.net platform developed within the initiative offers specialized content, interactive games, guidebooks, and online safety training in Arabic.')
q('paraphrase', "I'm looking for a training course that helps mums, dads and social workers stop teenagers from getting pulled into extremist ideas through the internet. Did anyone present something like that?",
  'equip parents, carers, and early help professionals with the knowledge and tools to prevent online radicalisation')
q('paraphrase', 'how are banks and payment firms helping to cut off the money behind the sexual exploitation of children online?',
  'unites financial institutions, technology partners, and law enforcement to disrupt OCSE’s economic infrastructure through a "detect, report, disrupt" approach.')
q('paraphrase', 'using football coaches and other sport trainers to get kids talking about internet dangers',
  'Through sports, coaches foster trust and open conversations about online safety, building a protective ecosystem')
q('paraphrase', 'has any government thought about a special phone chip for children that blocks unsuitable content?',
  'exploring the introduction of a Child SIM Card to filter inappropriate content')
q('paraphrase', 'Which group runs the British reporting line for sexual pictures of children and also helps poorer countries set up their own way to report such material?',
  'The organization functions as the UK’s hotline service for analysing child sexual abuse imagery online',
  'works to equip resource-poor countries and territories with a simple solution for reporting child sexual abuse imagery online')
q('paraphrase', 'someone said schools train the parents a lot but hardly train their own teachers on online safety - who said that?',
  'staff training is consistently a weak part of the education curriculum',
  'schools spend a lot more time in the UK training parents and not members of staff')
q('paraphrase', 'the cartoon character made by children to explain web dangers to kids, parents and teachers - when did it come out?',
  'ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020',
  'It had been created and designed by children')
q('paraphrase', "argument that blocking content and parent controls don't fix the real problem because apps are built to make money rather than with kids in mind",
  'Traditional safety measures, such as content blocking or parental controls, fail to address the root issue',
  'digital platforms are not designed with children in mind, often prioritizing profit over safety')
q('paraphrase', 'Was there a proposal to use the yearly events that encourage young women into tech careers to also talk about keeping children safe online?',
  'incorporating Child Online Protection discussions into all Girls in ICT celebrations of ITU Member States',
  'The Republic of the Philippines presented a new draft resolution to encourage integrating Child Online Protection discussions')
q('meeting', 'How many participants attended the 19th meeting?',
  'Approximately 120 participants, representing governments, private sector, civil society, academia, international and intergovernmental organizations')
q('meeting', 'who chaired the twenty-second meeting of the CWG-COP',
  'chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria)')
q('meeting', 'How many contributions and participants did the eighteenth meeting have (January 2022)?',
  'the largest number of contributions (18 in total) and number of participants (more than 150)')
q('fact', 'Digital Hifazat pakistan how many schools reached', 'which has impacted 150,000 individuals in 40 schools')
q('fact', "How many children took part in Poland's 'I click sensibly' campaign and what's the target?",
  'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
q('fact', 'how many states are party to the Lanzarote convention',
  'currently has 48 State parties and is monitored by the Lanzarote Committee through thematic rounds')
q('fact', "what ages are the ITU online safety game and the 'Ask me' web app meant for?",
  '"Ask me! Your online safety friend," tailored to children aged 13 to 17',
  '"Sango’s Adventure: Discover Online Safety," designed for children aged 9 to 12')
q('fact', 'In how many of the countries ICMEC looked at is online child sexual exploitaton explicitly a predicate crime for money laundering?',
  'there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime')
q('who', 'What did Germany ask about at the 22nd meeting?',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP')
q('who', 'what is chad doing about child online protection',
  'Chad’s National Cybersecurity Strategy recommends parental control standards, awareness campaigns, and integrating online safety education',
  'The government collaborates with Internet Service Providers (ISPs) and tech companies to monitor harmful content',
  'its cybercrime units work with INTERPOL and Europol to combat online child exploitation')
q('who', 'What did the Russian Federation propose at the 2018 meeting?',
  'The delegation from the Russian Federation presented the proposal on the revision on the Resolution 179 (Rev. Busan, 2014)',
  'Proposal on revision of the Resolution 179 (Rev. Busan, 2014): ITU’s role in child online protection from Russian Federation')
q('who', 'what did INHOPE explain about how hotline reports get to Interpol?',
  'The organization has a system called ICCAM which allows hotlines to receive, assess and send reports to Interpol for intervention.')
q('who', 'What tools does the European Commission use to protect minors online?',
  'Its EU toolbox consists of three key pillars: the Digital Services Act (DSA)',
  'the Better Internet for Kids+ Strategy (BIK+), promoting digital literacy, safety, and awareness',
  'a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026')
q('who', 'What did Albania present about implementing the ITU child online protection guidelines?',
  "they became the first pilot of the ITU's global Child Online Protection program",
  'The integration of the Child Online Protection guidelines into the "National Cybersecurity Strategy"')
q('who', "What challenges did Egypt's national committee mention in working with NGOs?",
  'one major challenge they face was in bringing on board more NGOs',
  'those NGOs willing to partner tended not focus solely on child online safety')
q('who', "What is Russia's Alliance for the Protection of Children in the Digital Environment doing?",
  'the Digital Childhood Ethics Charter, signed by 13,000+ organizations, advocating for proactive content moderation',
  'Technological solutions such as the Hash Database enable automated identification and removal of illegal content',
  'Established in 2021 by major Russian telecom, IT, and media companies')
q('examples', 'which countries have a helpline or hotline where kids or the public can report online abuse?',
  'a National Safer Internet Centre Hotline for reporting abuse',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.',
  'a complaint management system (CMS) for reporting child abuse online',
  'The organization functions as the UK’s hotline service for analysing child sexual abuse imagery online')
q('examples', 'examples of games, quizzes or playful tools used to teach children about online safety',
  'introduced an online game, "Sango’s Adventure: Discover Online Safety," designed for children aged 9 to 12',
  'interactive tools like the Incollables® quiz, the Digital Guardians game, and manga-style educational content',
  'offers specialized content, interactive games, guidebooks, and online safety training in Arabic',
  '#keepCTRL / I click sensibly and Spoofie - learning through play',
  "engaging in robotics activities for kindergarteners using Sango's character")
q('examples', 'any good practices on bringing child online protection into sport?',
  'SCORT Foundation highlighted the critical role of sports in promoting Child Online Protection.',
  'recommendations to support sports organizations in integrating online safeguarding policies, ultimately aiming to create a toolkit for sports coaches',
  'In December 2024, a webinar in Ecuador trained 46 young coaches working with over 1,800 children',
  'In Ecuador, a training webinar for young coaches was held in partnership with the Scort Foundation')
q('examples', 'national cybersecurity strategy that includes child online protection - which countries?',
  'The integration of the Child Online Protection guidelines into the "National Cybersecurity Strategy"',
  'Chad’s National Cybersecurity Strategy recommends parental control standards, awareness campaigns',
  'In the Bahamas, a National Cybersecurity Strategy (2024) aims to embed cybersecurity education')
q('examples', 'what have countries done for Safer Internet Day?',
  'the Safer Internet Day in Beheira Governorate (2016) and the Safer Internet Day in Port-Said Governorate (2017)',
  'Events like Safer Internet Day and social media awareness campaigns have further expanded outreach.',
  'Chad also participates in global initiatives like Safe Internet Day and Personal Data Protection Day',
  'ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020')
q('examples', 'Which countries have set up a national committee or office dedicated to child online safety?',
  'the activities of Egypt’s National Committee for Child online protection in the last two years',
  'PTA established a Child Online Protection Committee, prioritizing education and prevention',
  'The National Advisory Committee on Child Online Safety of Tanzania, comprising government and non-government stakeholders',
  'A key initiative is the establishment of Digital Skills and Wellbeing Office')
q('examples', 'age verification age assurance',
  'a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026',
  'such as the lack of comprehensive standards for age verification',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP',
  'participated in events like the Global Age Assurance Standards Summit')
q('multi', 'How has attendance at the CWG-COP meetings grown from 2018 to 2025?',
  'Approximately 50 participants, representing governments, private sector, civil society, academia',
  'number of participants (more than 150)',
  'Approximately 120 participants, representing governments, private sector, civil society, academia',
  'In the twenty-first meeting, the Group of 129 participants discussed the contributions',
  'Approximately 191 participants, representing governments, private sector, civil society, academia')
q('multi', 'across the meetings, what was decided about putting country examples and presentations online in one place?',
  'The participants agreed on the need to have an online repository of country efforts.',
  'integrating resources from the CWG-COP contributors to improve user access to presentations and resources shared',
  'maintain a comprehensive record of all contributions and information documents shared by members on the ITU COP website',
  'The meeting welcomed the Secretariat’s initiative to make all resources')
q('multi', "how has the group's engagement with tech companies and industry evolved over time?",
  'During the interactive panel discussion, Meta and Snap.Inc were asked the following question',
  'ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables',
  'connecting ITU member States with the ICT Industry, aiming to foster collaboration and knowledge exchange',
  'emphasizing the necessity of including industry in the meeting agenda and in broader child online protection efforts')
q('multi', 'What has CNIL (French data protection authority) presented to the working group over the years',
  'The speaker presented how the organization had published eight recommendations to strengthen the protection of children online.',
  'launching the campaign “all together for a safe internet”',
  'interactive tools like the Incollables® quiz, the Digital Guardians game, and manga-style educational content',
  'The “Your Data, Your Rights” campaign, featuring a multilingual privacy rights poster')
q('multi', "How have children's and young people's own voices been brought into the group's work across the years, e.g. youth consultations?",
  'the results of the youth online consultation on digital literacy were presented by the representative from RErights',
  'The Chair encouraged providing guidance and ideas on how to improve the number of responses from young people.',
  'to conduct online consultations with youth to listen to their views and opinions',
  "The Chair welcomed youth input into ITU's child online protection work and praised the Secretariat for engaging children.",
  'Child participation efforts continued through collaboration with Western Sydney University')
q('time', 'when will the CG-COP gap analysis report be discussed?',
  'It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting',
  'would be discussed at the next meeting in October 2025')
q('time', 'When is the Tbilisi conference on the joint statement on AI and child rights?',
  'the Tbilisi Conference, which is to be held on March 10 to 12 in 2025')
q('time', 'when was the seventeenth cwg-cop meeting held',
  'the seventeenth meeting of the Council Working Group on Child Online Protection, held on 26 January 2021')
q('time', 'What is planned for the PoP guiding principles for child helplines and tech platforms?',
  'draft guiding principles for child helplines and tech platforms shared for consultation',
  'Final principles will be published in 2025, alongside efforts to collect good practices')
q('unanswerable', "What was agreed at the Tbilisi conference on AI and children's rights - was the joint statement adopted?")
q('unanswerable', 'How many children took part in the consultation workshops with Western Sydney University in Indonesia, Lebanon and Malawi?')
q('unanswerable', 'who chaired the 20th meeting of the council working group on child online protection and when was it?')
q('unanswerable', "What obligations does the 2024 amendment to Tanzania's Cybercrimes Act impose on internet service providers?")
q('unanswerable', 'what did canada present about its own national child online protection strategy?')
q('unanswerable', 'How much money did the Netherlands Postcode Lottery give to the Terre des Hommes SCROL programme?')
q('unanswerable', "What were the main findings of Poland's 2022 consumer survey of children and parents, e.g. what share of kids had experienced cyberbulying?")
q('unanswerable', "Did the Council adopt the Philippines' merged resolution on child online protection after it was resubmitted in January?")

# A second batch of 50, written the same way, weighted to the hard kinds: 18 paraphrases, 6 meetings named by
# month or ordinal, 6 "what did X say about Y", 5 requests for examples, 3 changes over time, 12 unanswerable.
# Run once before any change, they found a lower-case country ("did brazil present"), a country the reports
# name otherwise ("Britain"), people counted as participants, a law the reports never name, and a leading clause.
q('paraphrase', 'finnish charity app for kids digital wellbeing?',
  'The presentation on "Huippula," a digital service by Save The Children Finland')
q('paraphrase', 'What did the former head of state who spoke at one of the meetings say about whether we should treat the internet as the enemy?',
  "it's essential not to consider the web as an adversary but rather as an ally")
q('paraphrase', 'One of the meetings was kicked off by the number two official of the whole UN telecom agency, who said everybody should combine their resources on this. Who was that?',
  'The Deputy Secretary-General of the ITU, Mr Malcolm Johnson, opened the meeting')
q('paraphrase', "I remember a south Asian country's telecoms regulator teaming up with a short-video social media app on a nationwide digital skills drive in schools. What was that programme called and how many people did it reach?",
  'the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools')
q('paraphrase', 'round the clock phone line kids can call in east africa',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers')
q('paraphrase', 'I heard one government is looking at a special phone card just for children that blocks unsuitable stuff. which country is that?',
  'exploring the introduction of a Child SIM Card to filter inappropriate content')
q('paraphrase', 'There was a study on money laundering laws - out of the countries they looked at, how many actually name online sexual exploitation of kids as an underlying offence?',
  'there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime')
q('paraphrase', 'someone presented an e-learning course for parents about keeping teenagers away from extremist ideas, paid for by the british government. what languages is it available in?',
  'Available in English and Welsh, the initiative seeks to empower parents and professionals')
q('paraphrase', 'how many companies are in the industry group where tech firms work together against child sexual abuse?',
  'the Tech Coalition introduced their alliance of 35 technology companies')
q('paraphrase', 'that three year project paid for by a dutch lottery - which countries does it run in?',
  'operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya')
q('paraphrase', "Which country's communications regulator partnered with Europe's human rights organisation to help people judge what they read and watch?",
  'partnering with the Council of Europe to advance media literacy in Georgia')
q('paraphrase', 'Somebody complained that schools in Britain spend far more time training mums and dads than their own teachers. Who said that?',
  'schools spend a lot more time in the UK training parents and not members of staff')
q('paraphrase', "what difficulty did the north african delegation have getting charities involved in its national work on kids' safety online?",
  'one major challenge they face was in bringing on board more NGOs')
q('paraphrase', 'Did the worldwide network of abuse-reporting hotlines notice any trend in how old the victims are?',
  'more and more reports of abuse of younger and younger children (infant abuse) were emerging')
q('paraphrase', 'who brought up children being glued to their mobiles at school, and what did they want added to future discussions?',
  'Canada raised concerns about the abusive use of cell phones in schools, suggested that "child-too-much-online"')
q('paraphrase', 'how many orgs signed that code of ethics for kids in the digital world?',
  'the Digital Childhood Ethics Charter, signed by 13,000+ organizations, advocating for proactive content moderation')
q('paraphrase', 'At the 2022 council session, member states wanted ITU to work more with the body that runs internet domain names. What did the council end up asking the top ITU official to do?',
  'request that the Secretary-General report to the Council on ICANN and GAC activities related to child online protection')
q('paraphrase', 'Which charity warned that a patchwork of different national rules could set off a downward spiral letting harmful practices carry on?',
  'fragmented regulations risk a “race to the bottom,” allowing harmful practices to persist')
q('meeting', 'how many people attended the october 2023 meeting?',
  'Approximately 120 participants, representing governments, private sector, civil society, academia')
q('meeting', 'who chaired the meeting in January 2018?', 'which was chaired by Mr Ibrahim Al Dabal (UAE)')
q('meeting', 'what happened with the mascot at the sixteenth meeting', 'The COP Mascot was posted online.')
q('meeting', 'twenty-first meeting number of participants',
  'In the twenty-first meeting, the Group of 129 participants discussed the contributions')
q('meeting', 'How many contributions did the January 2022 meeting recieve?',
  'this meeting having the largest number of contributions (18 in total) and number of participants (more than 150)')
q('meeting', 'after the september 2019 meeting, what was the second liaison statement about?',
  'A second liaison statement was sent to ITU-D to request further information on EG-household Indicators')
q('who', "what's germany's position on age verification?",
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP')
q('who', 'What did Saudi Arabia propose to the working group?',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
q('who', 'what did CNIL say about recommendations for protecting children online',
  'the organization had published eight recommendations to strengthen the protection of children online')
q('who', 'What is UNICEF doing on artificial intelligence and children?',
  'UNICEF is also updating its AI for Children guidance and conducting research on neurotechnology and child rights')
q('who', 'what did bulgaria say about how much it expects to reduce violence against children',
  "The program's expected outcomes include a 20% reduction in violence")
q('who', 'What did the Council of Europe say about the Lanzarote Convention?',
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties')
q('examples', 'Which countries said child online protection is part of their national cybersecurity strategy?',
  'The integration of the Child Online Protection guidelines into the "National Cybersecurity Strategy"',
  'Chad’s National Cybersecurity Strategy recommends parental control standards, awareness campaigns',
  'In the Bahamas, a National Cybersecurity Strategy (2024) aims to embed cybersecurity education')
q('examples', 'examples of safer internet day activities mentioned in the reports',
  'the Safer Internet Day in Beheira Governorate (2016) and the Safer Internet Day in Port-Said Governorate (2017)',
  'Events like Safer Internet Day and social media awareness campaigns have further expanded outreach',
  'Chad also participates in global initiatives like Safe Internet Day and Personal Data Protection Day',
  'ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020')
q('examples', 'which countries have set up a national committee on child online protection?',
  'the activities of Egypt’s National Committee for Child online protection in the last two years',
  'PTA established a Child Online Protection Committee, prioritizing education and prevention',
  'The National Advisory Committee on Child Online Safety of Tanzania, comprising government and non-government stakeholders')
q('examples', 'Can you give me examples of sport being used to teach kids about online safety?',
  'SCORT Foundation highlighted the critical role of sports in promoting Child Online Protection',
  'its involvement in two initiatives: Child Online Protection in Sports and the PoP initiative',
  'In Ecuador, a training webinar for young coaches was held in partnership with the Scort Foundation',
  'In December 2024, a webinar in Ecuador trained 46 young coaches working with over 1,800 children')
q('examples', 'which countries translated or produced online safety materials in their own languge?',
  'translating ITU Child Online Protection into Hungarian, conducting online lectures, organizing contests',
  'the launch and roll-out of the translation ITU Child Online Protection Guidelines into national languages',
  'In Malta, translated guidelines were officially presented during a national event',
  'PTA has also developed local language content in Urdu, including translated guidebooks, awareness videos',
  'offers specialized content, interactive games, guidebooks, and online safety training in Arabic')
q('time', 'how has attendance at the working group meetings changed over the years?',
  'Approximately 50 participants, representing governments, private sector, civil society, academia',
  'this meeting having the largest number of contributions (18 in total) and number of participants (more than 150)',
  'Approximately 120 participants, representing governments, private sector, civil society, academia',
  'In the twenty-first meeting, the Group of 129 participants discussed the contributions',
  'Approximately 191 participants, representing governments, private sector, civil society, academia')
q('time', 'Has the number of contributions submitted to the group grown over time?',
  'There were ten contributions from different stakeholders',
  'this meeting having the largest number of contributions (18 in total) and number of participants (more than 150)',
  'with a total of 24 contributions, a milestone that had not been reached before')
q('time', 'who has chaired the group over the years - has the chair changed between 2018 and 2025?',
  'which was chaired by Mr Ibrahim Al Dabal (UAE)',
  'which was chaired by Mr Abdelaziz Alzarooni (UAE)',
  'which was chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria)')
q('unanswerable', 'what did canada say about age verification tools?')
q('unanswerable', "What is Iran's position on cyberbullying?")
q('unanswerable', 'what did argentina say about end-to-end encryption')
q('unanswerable', 'During the social media panel, what did Meta say about encrypting private messages?')
q('unanswerable', 'how much money did the dutch postcode lottery give to the terre des hommes online safety programme?')
q('unanswerable', 'How many young people took part in the 2018 online consultation on digital literacy?')
q('unanswerable', 'what is the actual budget amount allocated to CWG-COP for 2024-2025?')
q('unanswerable', "Was the Philippines' merged resolution adopted when it was resubmitted in January 2024?")
q('unanswerable', 'was the joint statement on AI and child rights finalised at the tbilisi conference in march 2025?')
q('unanswerable', "What did Australia's eSafety Commissioner present to the working group?")
q('unanswerable', 'what do the reports say about the UK Online Safety Act?')
q('unanswerable', 'did brazil present anything at the cwg-cop meetings?')

# A third batch, written the same way: these are its 30 English questions (7 unanswerable); its 30 in the other
# five languages, written in them rather than translated, are NATIVE below, in the per-language dev file.
q('paraphrase', "why do some groups argue that just blocking content and giving parents control tools isn't enough to keep kids safe online?",
  'Traditional safety measures, such as content blocking or parental controls, fail to address the root issue',
  'digital platforms are not designed with children in mind, often prioritizing profit over safety')
q('paraphrase', 'is training of school staff a weak spot when it comes to teaching online safety',
  'staff training is consistently a weak part of the education curriculum',
  'the point on the need to improve the capabilities of teachers is actually crucial')
q('paraphrase', 'I read somewhere that kids just see online dangers as a normal part of life and that parents think they can protect them better than they actually can. Was that discussed in any of these meetings?',
  'children accept online risks as normal, while caregivers overestimate their ability to protect them')
q('paraphrase', 'what holds children back from becoming good with digital technology according to the young people who were surveyed?',
  'Main barriers to children’s digital literacy were limited digital literacy of teachers and inadequate access to devices')
q('paraphrase', 'someone said we shouldnt treat the internet as the enemy when protecting children, what exactly was said',
  "it's essential not to consider the web as an adversary but rather as an ally in this effort")
q('paraphrase', 'kids spending way too long on their screens and then struggling to talk to people in real life - did the group say anything about this?',
  'the effects of excessive screen time, such as children becoming uncomfortable interacting with others outside of the digital world')
q('fact', 'how many organisations have signed the digital childhood ethics charter',
  'the Digital Childhood Ethics Charter, signed by 13,000+ organizations, advocating for proactive content moderation')
q('fact', 'lanzarote convension number of state parties',
  'currently has 48 State parties and is monitored by the Lanzarote Committee through thematic rounds')
q('meeting', 'When was the sixteenth CWG-COP meeting held?',
  'sixteenth meeting of the Council Working Group on Child Online Protection, held on 4 February 2020')
q('meeting', 'how many contributions were submitted to the meeting in october 2023',
  'with a total of 24 contributions, a milestone that had not been reached before')
q('who', 'What did Germany ask about at the February 2025 meeting?',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP')
q('who', 'what does the Internet Watch Foundation offer to poorer countries that lack a hotline',
  'works to equip resource-poor countries and territories with a simple solution for reporting child sexual abuse imagery online')
q('who', 'What did Saudi Arabia propose to the working group?',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners')
q('who', 'inhope iccam system what does it do',
  'The organization has a system called ICCAM which allows hotlines to receive, assess and send reports to Interpol')
q('examples', 'In which countries does the Terre des Hommes Safety for Children and their Rights Online initiative operate?',
  'operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya')
q('examples', 'which countries spoke up in the debate on the Philippines draft resolutions?',
  'several countries, including Russia, Iran, Canada, Indonesia, the US, the UAE, and South Africa, engaged in discussions')
q('examples', 'Can you give examples of countries where ITU recently helped develop a national child online protection framework or started technical assistance?',
  'National COP frameworks were advanced in the Bahamas and Suriname, with technical assistance initiated in Andorra and Eswatini')
q('multi', "How has attendance at the working group meetings grown over the years? I'd like the participant numbers for each meeting that gives them, from 2018 up to 2025.",
  'Approximately 50 participants, representing governments, private sector, civil society, academia',
  'the largest number of contributions (18 in total) and number of participants (more than 150)',
  'Approximately 120 participants, representing governments, private sector, civil society, academia',
  'In the twenty-first meeting, the Group of 129 participants discussed the contributions',
  'Approximately 191 participants, representing governments, private sector, civil society, academia')
q('multi', "what has the group done over time to get young people's views heard, from the early meetings to the latest ones?",
  'encouraged participants to provide guidance and ideas on how to improve the number of responses from young people',
  'to encourage CWGCOP to conduct online consultations with youth to listen to their views and opinions',
  "The Chair welcomed youth input into ITU's child online protection work and praised the Secretariat for engaging children",
  'engaging children to be part of the discussion')
q('multi', 'Everything about the Sango mascot across the reports - when was it launched and how has it been used since?',
  'The COP Mascot was posted online.',
  'ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020',
  'introduced an online game, "Sango’s Adventure: Discover Online Safety," designed for children aged 9 to 12',
  "engaging in robotics activities for kindergarteners using Sango's character")
q('multi', 'which versions of plenipotentiary resolution 179 are the reports based on, has it been revised between meetings?',
  'in accordance with ITU 2010 Council Resolution 1306 and ITU Plenipotentiary Resolution 179 (Rev. Busan, 2014)',
  'in accordance with ITU Council Resolution 1306 and ITU Plenipotentiary Resolution 179 (Rev. Dubai, 2018)',
  'in accordance with ITU 2010 Council Resolution 1306 and ITU Plenipotentiary Resolution 179 (Rev. Bucharest, 2022)')
q('time', 'when is the gap analysis report on COP standards going to be discussed?',
  'would be discussed at the next meeting in October 2025',
  'It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting')
q('time', 'What are the dates of the Tbilisi conference where the joint statement on AI and child rights is to be finalised?',
  'the Tbilisi Conference, which is to be held on March 10 to 12 in 2025')
q('unanswerable', 'What was the final outcome of the Tbilisi Conference on AI and child rights - was the joint statement actually adopted?')
q('unanswerable', 'how much money did the Netherlands Postcode Lottery give to the Safety for Children and their Rights Online programme')
q('unanswerable', 'how many participants attended the 20th CWG-COP meeting and who chaired it')
q('unanswerable', 'What did Japan present on child online protection at the working group?')
q('unanswerable', 'Was the UK Online Safety Act discussed as a model for other countries?')
q('unanswerable', "what was Canada's position on age verfication tools and end-to-end encryption")
q('unanswerable', "In Poland's 2022 consumer survey, what percentage of children said they had been cyberbullied? I'm trying to compare it with our own national data.")

# A fourth batch of 40, written the same way as a delegate preparing an intervention would ask: decisions and
# next steps (8, as "multi"), what a body contributed (6), paraphrases (6), meetings (5), examples (5), and 10
# unanswerable.
q('multi', 'what did the 14th meeting agree on about an online repository of country efforts?',
  'The participants agreed on the need to have an online repository of country efforts.',
  'The secretariat will discuss possible options in agreement with the Chair of the Group.')
q('multi', "I'm drafting talking points for our minister ahead of Council. What exactly did the Council in 2022 ask the Secretary-General to report on?",
  'request that the Secretary-General report to the Council on ICANN and GAC activities related to child online protection')
q('multi', 'What was recommended to PP-22 about the future of the CWG-COP and its terms of reference?',
  'The group recommended to Council that the CWG-COP continue its work as a unique platform for information sharing',
  'the terms of reference of the CWG-COP could be amended to better reflect its nature, functionality and goals')
q('multi', 'whats the next step for the philipines draft resolutions',
  'merge the two resolutions into a single one for resubmission in January')
q('multi', 'next steps for the CG-COP gap analysis report',
  '(CG-COP) would be discussed at the next meeting in October 2025',
  'It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting')
q('multi', 'What was agreed at the 21st meeting about how the dialogues with the ICT industry would be run?',
  'ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement')
q('multi', 'industry connect concept note - what edits was the secretariat asked to make',
  'referring to ITU Resolution 179 (Rev. Bucharest, 2022) and Resolution 67 (Rev. Dubai, 2014) to clarify ITU’s role in COP',
  'engaging children to be part of the discussion; if possible, adding sign language for accessibility',
  'involving regional organizations and offices to ensure widespread and balanced participation in COP discussions')
q('multi', 'A colleague asks whether the group ever asked for longer meetings. What did the chair propose about meeting length after the October 2023 session?',
  'extending the allocated time for the Council Working Group to one and a half days')
q('who', 'anything from the philippines?',
  'presented a new draft resolution to encourage ITU and its member states to generate strategic plans',
  'a new draft resolution to encourage integrating Child Online Protection discussions in all Girls in ICT celebrations')
q('who', "Pakistan's work on this",
  'the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools',
  'PTA has also developed local language content in Urdu, including translated guidebooks, awareness videos')
q('who', "what's ICMEC been saying",
  'discussed the financial industry’s critical role in combating online child sexual exploitation (OCSE), particularly in the Philippines',
  'ICMEC also highlights OCSE as a predicate crime under anti-money laundering and counter-terrorism financing (AML-CTF) laws',
  'a Victim Compensation Framework developed with the Philippine financial industry')
q('who', 'What has Egypt presented to the working group over the years?',
  'The representative from Egypt presented the activities of Egypt’s National Committee for Child online protection in the last two years.',
  'The information document by Egypt discussed its Digital Citizenship Initiative')
q('who', 'tanzania child onlin protection initiatives',
  'Legal measures include the Cybercrimes Act (2015), recently amended in 2024 to enhance child protection.',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.',
  'exploring the introduction of a Child SIM Card to filter inappropriate content')
q('who', 'what has poland / UKE reported on its I click sensibly campaign',
  'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.',
  "two significant UKE projects aimed at children's online protection: #keepCTRL / I click sensibly and Spoofie - learning through play")
q('paraphrase', 'did anyone raise kids being glued to their phones at school?',
  'raised concerns about the abusive use of cell phones in schools',
  'the effects of excessive screen time, such as children becoming uncomfortable interacting with others outside of the digital world')
q('paraphrase', 'the cartoon character ITU made up for kids - when did it come out and who designed it?',
  'ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020.',
  'It had been created and designed by children')
q('paraphrase', 'Someone was training sports coaches to talk to kids about online dangers. How many coaches and children did that reach?',
  'In December 2024, a webinar in Ecuador trained 46 young coaches working with over 1,800 children')
q('paraphrase', 'is anyone building a way to check how old users are without handing over their personal data?',
  'a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026')
q('paraphrase', 'course for parents on stopping teenagers getting pulled into extremist ideas',
  'an innovative e-learning program, Preventing Online Radicalisation',
  'aims to equip parents, carers, and early help professionals with the knowledge and tools to prevent online radicalisation')
q('paraphrase', 'Did anyone say schools train parents more than their own teachers?',
  'staff training is consistently a weak part of the education curriculum',
  'schools spend a lot more time in the UK training parents and not members of staff')
q('meeting', 'how many participants were at the twenty-first meeting',
  'In the twenty-first meeting, the Group of 129 participants discussed the contributions')
q('meeting', 'Who chaired the 14th CWG-COP meeting in January 2018?', 'which was chaired by Mr Ibrahim Al Dabal (UAE)')
q('meeting', 'How many contributions did the October 2023 meeting receive?',
  'with a total of 24 contributions, a milestone that had not been reached before')
q('time', 'When was the fifteenth meeting held and what liaison statements came out of it?',
  'the fifteenth meeting of the Council Working Group on Child Online Protection (CWG-COP), held on 26 September 2019',
  'A first liaison statement was sent to ITU-D Study Group 2 to inform delegations on the work of the Guidelines',
  'A second liaison statement was sent to ITU-D to request further information on EG-household Indicators')
q('time', '18th meeting date and number of participants',
  'the eighteenth meeting of the Council Working Group on Child Online Protection, held on 12 January 2022',
  'the largest number of contributions (18 in total) and number of participants (more than 150)')
q('examples', "Which countries shared their experience in the 'from theory to practice' special session?",
  'member states (Malawi, Armenia and Albania) sharing their experiences in implementing online child protection strategies')
q('examples', 'give me examples of apps or games ITU launched for children',
  'a Web App, "Ask me! Your online safety friend," tailored to children aged 13 to 17',
  'an online game, "Sango’s Adventure: Discover Online Safety," designed for children aged 9 to 12')
q('examples', 'which standardization bodies does the CG-COP gap analysis suggest working with',
  'International Organization for Standardization (ISO), Institute of Electrical and Electronics Engineers (IEEE), and European Telecommunications Standards Institute (ETSI)')
q('examples', 'Which countries took the floor on the Philippines resolutions?',
  'several countries, including Russia, Iran, Canada, Indonesia, the US, the UAE, and South Africa, engaged in discussions')
q('examples', 'What sectors will the quarterly industry discussions on child online protection cover?',
  'These sessions will focus on specific sectors such as AI-driven platforms, social media, gaming, streaming services, and educational technology')
q('unanswerable', 'How much money in CHF was allocated to the CWG-COP for 2024-2025?')
q('unanswerable', "We're preparing a briefing on age assurance. What did Canada say about age verification toolkits?")
q('unanswerable', 'was the merged philippines resolution adopted in january 2024')
q('unanswerable', 'outcomes of the twentieth CWG-COP meeting')
q('unanswerable', 'Did anyone present on the UK Online Safety Act?')
q('unanswerable', "How many reports did INHOPE's ICCAM system process in 2017?")
q('unanswerable', 'what did japan contribute to the working group')
q('unanswerable', 'What was agreed at the Tbilisi conference on the joint statement on AI and child rights in March 2025?')
q('unanswerable', 'Meta instagram teen accounts presentation')
q('unanswerable', 'Our delegation is following up on West Africa. What did Nigeria present about its national child online protection framework?')

# Fifteenth session: a fifth batch of 50, written the same way (by a helper reading only the reports): 16
# paraphrases, 8 meetings, 5 facts, 4 who, 6 examples, 3 multi, 3 time, 5 unanswerable. Run once before any
# change: recall@5 0.933, evidence 0.864, wrongly abstained 0.044 ("Member States" read as a name; a pronoun
# after a chain of leaning sentences left the mascot's paragraph unquoted).
q('paraphrase', 'I think at one of the meetings the chair wanted the group to get more time because so many people had sent in papers. What exactly did he propose?',
  'extending the allocated time for the Council Working Group to one and a half days')
q('paraphrase', 'there was a cartoon character that kids drew up themselves to help families understand internet dangers - whats the story behind it?',
  'It had been created and designed by children and helped children, parents and teachers to understand the dangers that children faced being online')
q('paraphrase', 'How can banks and payment companies help cut off the money behind the sexual abuse of kids on the internet?',
  'ICMEC’s Financial Coalition Against Child Sexual Exploitation (FCACSE), launched in 2006, unites financial institutions, technology partners, and law enforcement to disrupt OCSE’s economic infrastructure',
  'the financial industry’s critical role in combating online child sexual exploitation (OCSE), particularly in the Philippines, a global hotspot for such crimes')
q('paraphrase', 'what was that thing about training young sports coaches in South America to talk with kids about internet dangers?',
  'In December 2024, a webinar in Ecuador trained 46 young coaches working with over 1,800 children, addressing risks like cyberbullying and exploitation.',
  'In Ecuador, a training webinar for young coaches was held in partnership with the Scort Foundation, integrating child online protection into sports.')
q('paraphrase', 'Is there some kind of online course for mums and dads who are worried their teenager could get pulled into extremist groups through the internet?',
  'aims to equip parents, carers, and early help professionals with the knowledge and tools to prevent online radicalisation among young people')
q('paraphrase', 'i heard somewhere that kids might get their own phone cards that automatically block unsuitable stuff, is that a real plan?',
  'exploring the introduction of a Child SIM Card to filter inappropriate content')
q('paraphrase', 'russian tech companies system to automatically spot and delete illegal abuse pictures',
  'Technological solutions such as the Hash Database enable automated identification and removal of illegal content, including Child Sexual Abuse Material (CSAM)')
q('paraphrase', 'Did anyone point out that schools put more effort into teaching parents about internet safety than into training their own teachers?',
  'staff training is consistently a weak part of the education curriculum as schools spend a lot more time in the UK training parents and not members of staff')
q('paraphrase', 'Did Member States express a wish for closer cooperation with the organisation that administers website addresses, in view of the misuse of web address names?',
  'Several councillors called for greater cooperation with the Internet Corporation for Assigned Names and Numbers (ICANN) and its Governmental Advisory Committee (GAC), particularly in relation to abuse of the domain-name system.',
  'it would be an opportune time to expand collaboration with ICANN and invite it to participate in the work of the group')
q('paraphrase', "Someone gave a speech saying we shouldn't treat the internet as the bad guy when it comes to keeping children safe. What was the point they made?",
  "it's essential not to consider the web as an adversary but rather as an ally in this effort")
q('paraphrase', 'study where kids basically think online dangers are just normal and the grown-ups think they can protect them better than they really can',
  'children accept online risks as normal, while caregivers overestimate their ability to protect them')
q('paraphrase', "One national committee on kids' internet safety said it struggled to get charities and voluntary groups on board. What was the problem they described?",
  'The delegate stated that one major challenge they face was in bringing on board more NGOs.')
q('paraphrase', 'Is ITU going to set up regular get-togethers, every few months or so, between governments and the tech firms about protecting kids?',
  'connecting ITU member States with the ICT Industry, aiming to foster collaboration and knowledge exchange on child online protection (COP) through a series of quarterly intersectoral discussions',
  'ITU Industry Connect: Quarterly Intersectoral Discussions on Child Online Protection')
q('paraphrase', 'has anybody brought up that children who are glued to screens end up awkward around real people?',
  'the effects of excessive screen time, such as children becoming uncomfortable interacting with others outside of the digital world, need to be addressed')
q('paraphrase', "why do some people argue that blocking websites and parent monitoring apps aren't really enough to keep kids safe online?",
  'Traditional safety measures, such as content blocking or parental controls, fail to address the root issue: digital platforms are not designed with children in mind')
q('paraphrase', "Which kids' online safety project in Asia and Africa is being paid for by a Dutch lottery?",
  'Terre des Hommes presented the initiative called “Safety for Children and their Rights Online”. This three-year initiative, running from 2022 to 2025, is funded by the Netherlands Postcode Lottery')
q('meeting', 'How many people attended the 14th meeting and who did they represent?',
  'Approximately 50 participants, representing governments, private sector, civil society, academia, and international and intergovernmental organizations')
q('meeting', 'how many contributions were recieved for the October 2023 meeting?',
  'with a total of 24 contributions, a milestone that had not been reached before')
q('meeting', 'At the 19th meeting, what was decided about the two draft resolutions from the Philippines?',
  'the Philippines consider the comments and suggestions from contributors and merge the two resolutions into a single one for resubmission in January',
  'merge the two resolutions, offering the possibility of resubmitting one in January')
q('meeting', 'twenty-first meeting number of participants',
  'In the twenty-first meeting, the Group of 129 participants discussed the contributions and information documents received.')
q('meeting', 'Was a separate report produced for the sixteenth meeting in February 2020, or was it combined with another one?',
  'The Chair stated that a report would be prepared, which would include both the fifteenth and the sixteenth meetings of the CWG-COP.')
q('meeting', 'The 18th meeting was said to be a record — in what sense?',
  'this meeting having the largest number of contributions (18 in total) and number of participants (more than 150)')
q('meeting', 'What did Germany ask about at the February 2025 meeting?',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.')
q('meeting', 'Were any liaison statements sent out after the fifteenth meeting? To whom and why?',
  'A first liaison statement was sent to ITU-D Study Group 2 to inform delegations on the work of the Guidelines and ensure a more participatory process.',
  'A second liaison statement was sent to ITU-D to request further information on EG-household Indicators and the related discussion on COP indicators.')
q('fact', 'How many tech companies are members of the Tech Coalition?',
  "the Tech Coalition introduced their alliance of 35 technology companies working collectively to ensure children's safety online")
q('fact', "According to ICMEC's 2025 study, how many countries explicitly list online child sexual exploitation as a predicate crime?",
  'there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime')
q('fact', "how many people has pakistan's digital hifazat initiative reached",
  '“Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools')
q('fact', 'How many State parties does the Lanzarote Convention currently have?',
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties')
q('fact', "Poland 'I click sensibley' campaign - how many children did it reach and what's the target?",
  'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
q('who', 'who opened the meeting in january 2018?',
  'The Deputy Secretary-General of the ITU, Mr Malcolm Johnson, opened the meeting')
q('who', 'Who chaired the nineteenth meeting of the working group?',
  'participated in the meeting, which was chaired by Mr Abdelaziz Alzarooni (UAE).')
q('who', 'Which countries were behind the 2018 proposal to revise Resolution 179?',
  'The delegation from the Russian Federation presented the proposal on the revision on the Resolution 179 (Rev. Busan, 2014).',
  'The contribution was submitted by the Russian Federation, Republic of Armenia, Republic of Belarus, and Kyrgyz Republic.')
q('who', 'Who offered to organise information sessions on COP matters together with ITU and partners?',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
q('examples', 'What have countries done to bring online safety into schools and get teachers involved?',
  'Educational initiatives include safety publications, digital clubs in schools, and public awareness campaigns targeting parents and children.',
  'Chad’s National Cybersecurity Strategy recommends parental control standards, awareness campaigns, and integrating online safety education into schools and healthcare settings.',
  'Key success stories include trainers and educators from Qalyubia, Aswan, and Daqahliyah implementing digital safety programs, peer-to-peer training, and community engagement.')
q('examples', 'any examples of games, quizzes or apps made to teach children about staying safe online?',
  'introduced an online game, "Sango’s Adventure: Discover Online Safety," designed for children aged 9 to 12',
  'Key initiatives include interactive tools like the Incollables® quiz, the Digital Guardians game, and manga-style educational content',
  'The Wa3i.net platform developed within the initiative offers specialized content, interactive games, guidebooks, and online safety training in Arabic.')
q('examples', 'Can you give me some examples of national awareness campaigns on child online safety that were presented to the group?',
  'A national information campaign, "Be Brave, Be Good," was launched in 2024 to engage the community and raise awareness',
  'The contribution from UKE in Poland focused on the educational campaign “I click sensibly”, which targets primary school pupils, parents and teachers.',
  'making digital education a strategic priority and launching the campaign “all together for a safe internet”')
q('examples', 'What do social media platforms say they actually do to protect kids on their services? Looking for concrete examples from the companies themselves.',
  'Responses ranged from prioritizing age-appropriate content and robust moderation to offering privacy settings and parental controls.',
  "Snap also provided an overview of a Family Center for parents to monitor their teens' interactions on the platform.")
q('examples', 'examples of countries translating the guidelines or making online safety material in their own language',
  'activities which included translating ITU Child Online Protection into Hungarian',
  'PTA has also developed local language content in Urdu, including translated guidebooks, awareness videos',
  'In Malta, translated guidelines were officially presented during a national event')
q('examples', 'What hotlines or reporting channels for child abuse online have been set up? Any examples from countries or organisations?',
  'a National Safer Internet Centre Hotline for reporting abuse',
  'a complaint management system (CMS) for reporting child abuse online',
  'IWF establishes a reporting portal and works to equip resource-poor countries and territories with a simple solution for reporting child sexual abuse imagery online.')
q('multi', "How has attendance at the working group's meetings changed over the years? I'd like the participant numbers for the different meetings.",
  'Approximately 50 participants, representing governments, private sector, civil society, academia, and international and intergovernmental organizations',
  'this meeting having the largest number of contributions (18 in total) and number of participants (more than 150)',
  'Approximately 191 participants, representing governments, private sector, civil society, academia, international and intergovernmental organizations')
q('multi', 'Is the group actually supposed to ask young people for their views before meetings, and has that ever been done? What came out of it?',
  'to encourage CWGCOP to conduct online consultations with youth to listen to their views and opinions on different matters related to child online protection, prior to and during its meeting',
  'as requested by Resolution 179, the results of the youth online consultation on digital literacy were presented by the representative from RErights')
q('multi', 'what has the WeProtect Global Alliance told the working group at its different meetings?',
  'The Alliance has introduced two strategic frameworks: a National Framework for governments and a Global Framework to address child abuse online at national and international levels.',
  'Following its 2024 Summit in Abu Dhabi, the Alliance outlined a roadmap for action, focusing on future-proofing solutions through enhanced awareness, prevention, and collaboration.')
q('time', 'When will Study Group 17 look at the gap analysis report on child online protection standards?',
  'It will be discussed in Study Group 17 in April 2025')
q('time', "When is the EU's age verification system supposed to launch?",
  'a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026')
q('time', 'when is the conference where the joint statement on AI and childrens rights is supposed to be finalised?',
  'A key milestone will be the Tbilisi Conference, which is to be held on March 10 to 12 in 2025')
q('unanswerable', 'Was the merged Philippines resolution on child online protection eventually adopted by the Council?')
q('unanswerable', 'How much money, in Swiss francs, is allocated to the CWG-COP for 2024-2025?')
q('unanswerable', 'what fines has the EU imposed on platforms under the Digital Services Act for failing to protect minors')
q('unanswerable', 'How many reports of child sexual abuse imagery did the Internet Watch Foundation process in 2017?')
q('unanswerable', 'What did Japan present to the working group about its child online protection policies?')

# A sixth batch of 50, written the same way: 26 paraphrases (procedure and figures among them), 8 meetings,
# 6 examples, 10 unanswerable. Run once before any change: recall@5 0.900, evidence 0.795, unanswerable
# abstained 0.600 (a planned adoption read as done, "end up adopting", a prison sentence never given),
# wrongly abstained 0.025 ("Who was the secretariat told to ..." read as asking for a person).
q('paraphrase', "In that survey of young people about kids' computer skills, what did they say was holding children back the most?",
  'Main barriers to children’s digital literacy were limited digital literacy of teachers and inadequate access to devices.')
q('paraphrase', 'how many children took part in the polish school awareness campaign and how many were they hoping to reach a few years later',
  'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
q('paraphrase', 'What difficulties did the Egyptian delegation describe in getting charities and voluntary groups to work with them?',
  'one major challenge they face was in bringing on board more NGOs',
  'those NGOs willing to partner tended not focus solely on child online safety')
q('paraphrase', "Back in 2018, did the members agree to set up some kind of online collection showing what each country is doing on kids' safety?",
  'The participants agreed on the need to have an online repository of country efforts.')
q('paraphrase', 'the guy from the british internet safety centre said schools are bad at training their own teachers - who do they train instead?',
  'schools spend a lot more time in the UK training parents and not members of staff')
q('paraphrase', 'The chair showed a new emblem for the group. How were people supposed to give their feedback on it?',
  'The participants agreed to send the comments on the logo to the secretariat via email.')
q('paraphrase', 'how many companies are in that group of tech firms that team up against child abuse online?',
  "their alliance of 35 technology companies working collectively to ensure children's safety online")
q('paraphrase', "Who is paying for the three-year children's rights project running in Cambodia, Nepal, the Philippines and Kenya?",
  'This three-year initiative, running from 2022 to 2025, is funded by the Netherlands Postcode Lottery')
q('paraphrase', "The Finnish online service for kids' wellbeing - what proportion of internet users did they say are children?",
  'It highlighted the prevalence of children online, with approximately one-third of internet users being children.')
q('paraphrase', "I heard the chair wanted the working group's meetings to be longer because there were so many submissions. How long did he suggest?",
  'extending the allocated time for the Council Working Group to one and a half days')
q('paraphrase', 'What were the Philippines asked to do with the two draft texts they put forward?',
  'the Philippines consider the comments and suggestions from contributors and merge the two resolutions into a single one for resubmission in January',
  'merge the two resolutions, offering the possibility of resubmitting one in January')
q('paraphrase', 'ITU made a little video game about staying safe on the internet, what age is it aimed at?',
  'an online game, "Sango’s Adventure: Discover Online Safety," designed for children aged 9 to 12')
q('paraphrase', 'Did the former Maltese head of state say we should see the internet as the enemy when it comes to protecting kids?',
  "it's essential not to consider the web as an adversary but rather as an ally in this effort")
q('paraphrase', 'which east african country is thinking about special phone cards for kids that block bad stuff',
  'exploring the introduction of a Child SIM Card to filter inappropriate content')
q('paraphrase', "Pakistan's telecom regulator teamed up with a short-video app on a literacy drive. How many people and schools did it reach?",
  'partnered with TikTok, which has impacted 150,000 individuals in 40 schools')
q('paraphrase', "In how many countries is sexual exploitation of kids online explicitly listed as an underlying offence for money-laundering laws, according to that missing children centre's study?",
  'there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime')
q('paraphrase', 'the swiss sports charity ran an online training in south america in dec 2024 - how many coaches and kids were involved?',
  'In December 2024, a webinar in Ecuador trained 46 young coaches working with over 1,800 children')
q('paraphrase', 'There was research with about 500 kids and carers in 15 countries. What did it find about how parents see their own ability to keep children safe?',
  'children accept online risks as normal, while caregivers overestimate their ability to protect them')
q('paraphrase', "When is the EU's privacy-friendly tool for checking users' ages supposed to come out?",
  'a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026')
q('paraphrase', 'Secretariat staff here. Delegates commented on our plan for regular online talks with the tech sector. What changes were we asked to make to the planning paper?',
  'the Secretariat was invited to update the Concept Note based on feedback, including references to ITU Resolutions 179 and 67, engagement of children, accessibility through sign language, and regional participation',
  'if possible, adding sign language for accessibility for children who cannot understand')
q('paraphrase', "When the Council discussed changing the group's mandate in 2022, was everyone on board?",
  'Two councillors, however, considered that the group should continue its work in its current form and under its current terms of reference.')
q('paraphrase', 'When did ITU introduce its cartoon character that teaches kids about online dangers?',
  'ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020')
q('paraphrase', 'what did the council ask the secretary-general to report back on regarding the body that runs internet domain names',
  'request that the Secretary-General report to the Council on ICANN and GAC activities related to child online protection')
q('paraphrase', 'Was it decided to make the conversations with tech companies more informal? Who is running them?',
  'ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement')
q('paraphrase', "Does the working group's latest report to the Council say it needs any extra money?",
  'Within the allocated budget 2024-2025.')
q('paraphrase', 'Who was the secretariat told to pass on what children said about helplines to?',
  "share children's feedback on helplines with relevant parent organizations and the expert group of the Global Cybersecurity Index (GCI)")
q('meeting', 'How many people attended the 14th meeting?',
  'Approximately 50 participants, representing governments, private sector, civil society, academia')
q('meeting', 'who chaired the october 2023 meeting?',
  'participated in the meeting, which was chaired by Mr Abdelaziz Alzarooni (UAE)')
q('meeting', 'At the opening of the twenty-second meeting, which upcoming conference did the BDT Director mention and where is it held?',
  'looking ahead to the upcoming World Telecommunication Development Conference in Azerbaijan')
q('meeting', '21st meeting - number of participants?',
  'In the twenty-first meeting, the Group of 129 participants discussed the contributions and information documents received.')
q('meeting', 'On what date did the fifteenth meeting take place?',
  'the fifteenth meeting of the Council Working Group on Child Online Protection (CWG-COP), held on 26 September 2019')
q('meeting', 'How many contributions were submitted to the 18th meeting, and was that a record?',
  'this meeting having the largest number of contributions (18 in total) and number of participants (more than 150)')
q('meeting', 'What did Saudi Arabia propose at the seventeenth meeting in January 2021?',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
q('meeting', 'what concern did canada bring up at the february 2025 meeting',
  'Canada raised concerns about the abusive use of cell phones in schools',
  'Key topics included concerns about the misuse of mobile phones in schools')
q('examples', 'Can you give some examples of the recomendations that came out of the youth consultation on digital literacy?',
  '1) to engage in multistakeholder approaches; 2) promotion of investment in infrastructure; 3) affordability and access; 4) development of a digital literacy framework')
q('examples', 'examples of how Meta and Snap said they protect kids on their services',
  'Responses ranged from prioritizing age-appropriate content and robust moderation to offering privacy settings and parental controls.')
q('examples', "I'm a teacher looking for material. What are some examples of the educational tools the French data protection authority has made for young people?",
  'interactive tools like the Incollables® quiz, the Digital Guardians game, and manga-style educational content')
q('examples', "What kinds of activities were part of Bulgaria's national awareness campaign against violence?",
  "including activities such as children's competitions, sports events, and public landmarks illuminated with anti-violence messages")
q('examples', 'Give examples of concrete measures Terre des Hommes wants tech companies to take.',
  'Recommendations include better regulation, effective sanctions against non-compliant companies, and concrete actions like pop-up warnings and restrictions on screenshotting.')
q('examples', 'which sectors will the quarterly industry discussions focus on? a few examples pls',
  'These sessions will focus on specific sectors such as AI-driven platforms, social media, gaming, streaming services, and educational technology')
q('unanswerable', "Was the joint statement on AI and children's rights actually adopted at the Tbilisi conference in March 2025?")
q('unanswerable', 'How much money did the Netherlands Postcode Lottery give to the Terre des Hommes online safety programme?')
q('unanswerable', 'did the council end up adopting the merged philippines resolution on child online protection?')
q('unanswerable', "How many calls did Tanzania's 116 child helpine receive last year?")
q('unanswerable', "What prison sentences does Pakistan's law set for people who abuse children online?")
q('unanswerable', 'When was the UK Online Safety Act passed, and did the working group discuss it?')
q('unanswerable', 'How many participants attended the sixteenth meeting in February 2020?')
q('unanswerable', 'What are the exact dates of the World Telecommunication Development Conference in Azerbaijan?')
q('unanswerable', 'How many reports of child sexual abuse images did the Internet Watch Foundation process in 2017?')
q('unanswerable', 'Did Australia present its ban on social media for under-16s to the working group?')

# A seventh batch of 50, written the same way, as different users would ask (a delegate, an official, a
# researcher, a journalist, a teacher, a parent): 8 facts, 8 on what a country or organisation presented, 10
# paraphrases, 8 examples, 5 multi, 4 time, 7 unanswerable. Run once before any change: recall@5 0.907,
# evidence 0.850, unanswerable abstained 0.857, wrongly abstained 0.070 ("the working group" searched for; a
# listed outcome read without the lead-in giving the meeting's date).
q('fact', "What age group is ITU's 'Ask me!' online safety web app aimed at?",
  'a Web App, "Ask me! Your online safety friend," tailored to children aged 13 to 17')
q('fact', 'how many tech companies are in the tech coalition',
  "the Tech Coalition introduced their alliance of 35 technology companies working collectively to ensure children's safety online")
q('fact', 'tanzania child helpline number?',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.')
q('fact', "I'm drafting a briefing note. How many States are currently party to the Lanzarote Convention, according to the Council of Europe's update to the group?",
  'currently has 48 State parties and is monitored by the Lanzarote Committee through thematic rounds')
q('fact', "How many kids took part in Poland's school internet safety campaign in 2017, and what was the target?",
  'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
q('fact', 'In how many countries is online child sexual exploitation explicitly listed as a predicate crime for money laundering purposes? I read there was a study on this.',
  'there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime')
q('fact', 'number of participants at the twenty-first meeting',
  'In the twenty-first meeting, the Group of 129 participants discussed the contributions and information documents received.')
q('fact', 'How many contributions and participants did the 18th meeting have? Was it a record?',
  'this meeting having the largest number of contributions (18 in total) and number of participants (more than 150)')
q('actor', 'What concern did Canada raise at the February 2025 meeting?',
  'Canada raised concerns about the abusive use of cell phones in schools, suggested that "child-too-much-online" should be considered in future discussions on COP')
q('actor', 'what did germany ask about in the 22nd meeting',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.')
q('actor', 'Did Saudi Arabia offer to do anything for the working group?',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
q('actor', 'What did the Russian Federation submit to the 14th meeting, and with which co-sponsors?',
  'The delegation from the Russian Federation presented the proposal on the revision on the Resolution 179 (Rev. Busan, 2014).',
  'The contribution was submitted by the Russian Federation, Republic of Armenia, Republic of Belarus, and Kyrgyz Republic.')
q('actor', 'The Philippines tabled draft resolutions in October 2023. What were they about?',
  'The Republic of the Philippines presented a new draft resolution to encourage integrating Child Online Protection discussions in all Girls in ICT celebrations',
  'The Republic of the Philippines presented a new draft resolution to encourage ITU and its member states to generate strategic plans, policies, and programs and integrate Child Online Protection measures')
q('actor', 'what did the UAE delegate ask the secretariat for in january 2018',
  'enquire on whether there existed a link on the ITU website which had a repository of specific country case studies that could be used for reference later')
q('actor', 'What did India bring to the working group in 2023?',
  "India's contribution introduced the G20 Toolkit on Cyber Education and Cyber Awareness in collaboration with ITU.")
q('actor', 'At the 21st meeting, what did the Chair want the Secretariat to do with what children said about helplines?',
  "He invited the Secretariat to share children's feedback on helplines with relevant parent organizations and the expert group of the Global Cybersecurity Index (GCI)")
q('paraphrase', 'As a teacher I feel schools put more effort into teaching mums and dads about internet dangers than into preparing us. Did anyone at these meetings make that point?',
  'staff training is consistently a weak part of the education curriculum as schools spend a lot more time in the UK training parents and not members of staff')
q('paraphrase', 'what problems did a national committee have getting charities and non-profits to work with it',
  'The delegate stated that one major challenge they face was in bringing on board more NGOs.',
  'those NGOs willing to partner tended not focus solely on child online safety')
q('paraphrase', 'Are the victims in abuse material getting younger, even babies?',
  'more and more reports of abuse of younger and younger children (infant abuse) were emerging')
q('paraphrase', 'Was there a speaker who argued the internet should be treated as a friend rather than a foe in keeping kids safe?',
  "it's essential not to consider the web as an adversary but rather as an ally in this effort")
q('paraphrase', 'The meetings seem to run out of time with so many presentations. Did anybody suggest giving the group more time?',
  'he suggested the formulation of a recommendation to be presented with the goal of extending the allocated time for the Council Working Group to one and a half days')
q('paraphrase', 'do parents think they can keep their kids safe online better than they really can? and do kids just see the dangers as normal?',
  'children accept online risks as normal, while caregivers overestimate their ability to protect them')
q('paraphrase', 'Is there solid proof that kids being glued to their phones harms them? What was said about it?',
  'The Chair acknowledged that while research on this issue stays inconclusive, the effects of excessive screen time')
q('paraphrase', 'One group argued that filters and tools for mum and dad miss the real problem. What did it say the real problem is?',
  'digital platforms are not designed with children in mind, often prioritizing profit over safety through exploitative data practices and manipulative design')
q('paraphrase', "Did all the member states on the Council agree the group's mandate should be rewritten, or did some want to leave it as it is?",
  'Two councillors, however, considered that the group should continue its work in its current form and under its current terms of reference.')
q('paraphrase', 'will i be able to see the documents people submitted to the group without having to log in',
  'It was further agreed to maintain a comprehensive record of all contributions and information documents shared by members on the ITU COP website, accessible without a password.')
q('examples', 'What ways have countries or organisations set up for people to report child abuse content online? Examples please.',
  'a National Safer Internet Centre Hotline for reporting abuse',
  'a complaint management system (CMS) for reporting child abuse online',
  'works to equip resource-poor countries and territories with a simple solution for reporting child sexual abuse imagery online')
q('examples', 'my 10 year old learns best through play. are there any games or quizes made to teach kids about online safety?',
  'an online game, "Sango’s Adventure: Discover Online Safety," designed for children aged 9 to 12',
  'interactive tools like the Incollables® quiz, the Digital Guardians game, and manga-style educational content',
  'offers specialized content, interactive games, guidebooks, and online safety training in Arabic')
q('examples', 'What have countries done in their legislation to protect children online?',
  'Legal measures include the Cybercrimes Act (2015), recently amended in 2024 to enhance child protection.',
  'The legal framework includes laws on cybersecurity, data protection, and cybercrime, ensuring safeguards against online exploitation and harmful content.',
  'a National Cybersecurity Strategy (2024) aims to embed cybersecurity education, strengthen law enforcement capabilities, and address legal gaps in child protection')
q('examples', "Examples of national awareness campaigns on children's online safety mentioned in the reports",
  'A national information campaign, "Be Brave, Be Good," was launched in 2024 to engage the community and raise awareness',
  'the educational campaign “I click sensibly”, which targets primary school pupils, parents and teachers',
  'launching the campaign “all together for a safe internet”')
q('examples', 'what are social media and tech companies actually doing to keep children safe on their platforms',
  'Responses ranged from prioritizing age-appropriate content and robust moderation to offering privacy settings and parental controls.',
  "Snap also provided an overview of a Family Center for parents to monitor their teens' interactions on the platform.",
  'Technological solutions such as the Hash Database enable automated identification and removal of illegal content')
q('examples', 'How have children and young people themselves been consulted on online protection? Give some examples.',
  'The Alliance’s #MyVoiceMyFuture campaign, which consulted 85 children and youth across nine countries',
  'the results of the youth online consultation on digital literacy were presented by the representative from RErights',
  'consultation workshops held in Indonesia, Lebanon, and Malawi')
q('examples', 'what kind of activities have been organised around safer internet day',
  'the Safer Internet Day in Beheira Governorate (2016) and the Safer Internet Day in Port-Said Governorate (2017)',
  'ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020',
  'Chad also participates in global initiatives like Safe Internet Day and Personal Data Protection Day')
q('examples', 'Our ministry is planning to train teachers and school staff on child online protection. What have other countries done on training educators?',
  'the Maldives saw the implementation of a Training of Trainers for Educators',
  'providing Training of Trainers (ToT) to social workers and education staff',
  'trainers and educators from Qalyubia, Aswan, and Daqahliyah implementing digital safety programs')
q('multi', 'Who has chaired the CWG-COP meetings over the years? List the chairs and their countries.',
  'which was chaired by Mr Ibrahim Al Dabal (UAE)',
  'which was chaired by Mr Abdelaziz Alzarooni (UAE)',
  'which was chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria)')
q('multi', 'What do the reports say about Sango, the mascot — who made it and how has it been used?',
  'It had been created and designed by children and helped children, parents and teachers to understand the dangers that children faced being online',
  "engaging in robotics activities for kindergarteners using Sango's character")
q('multi', 'How has the working group coordinated with ITU-D Study Group 2 over time?',
  'A first liaison statement was sent to ITU-D Study Group 2 to inform delegations on the work of the Guidelines and ensure a more participatory process.',
  'ITU Plenipotentiary Conference 2022 highlighted the importance of coordinating COP-related activities between ITU-D SG2 Q3/2 and CWG-COP',
  'The meeting agreed that the outcomes of this meeting and the January 2025 CWG-COP meeting would be sent to ITU-D Study Group 2 Question 3/2 for consideration.')
q('multi', 'Has the idea of putting country efforts and meeting materials together online come up at more than one meeting? What was decided each time?',
  'The participants agreed on the need to have an online repository of country efforts.',
  'The chair proposed enhancing the ITU Child Online Protection Council working group website including but not limited to integrating resources from the CWG-COP contributors',
  'The meeting welcomed the Secretariat’s initiative to make all resources, which were presented during the CWG COP meetings, available on its dedicated website.')
q('multi', 'journalist here - what has terre des hommes told the group about its work against online child exploitation, in 2023 and since?',
  'This three-year initiative, running from 2022 to 2025, is funded by the Netherlands Postcode Lottery',
  'Research findings from Safety by Design (2023) reveal that digital platforms are unsafe for children and lack transparency in their safety measures.')
q('time', 'When will the gap analysis on child online protection standards be discussed?',
  'It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting of the CWG-COP.',
  'would be discussed at the next meeting in October 2025')
q('time', 'when is the tbilisi conference on the AI and child rights joint statment',
  'the Tbilisi Conference, which is to be held on March 10 to 12 in 2025, where stakeholders will finalize the document')
q('time', 'By when were the Philippines supposed to come back with a single merged resolution?',
  'merge the two resolutions into a single one for resubmission in January')
q('time', 'On what date was the meeting held at which Saudi Arabia proposed information sessions?',
  'The main outcomes of the seventeenth meeting of the Council Working Group on Child Online Protection, held on 26 January 2021, were:')
q('unanswerable', "Did the Council end up adopting the Philippines' merged resolution on child online protection in Girls in ICT events?")
q('unanswerable', 'How much money, in Swiss francs, is allocated to the CWG-COP for 2024-2025?')
q('unanswerable', 'What did Australia say about its ban on social media for children under 16?')
q('unanswerable', 'how many child abuse images did the internet watch foundation take down in 2017')
q('unanswerable', "Was the joint statement on AI and children's rights actually adopted at the Tbilisi conference, and who signed it?")
q('unanswerable', 'What are the exact dates of the World Telecommunication Development Conference in Azerbaijan?')
q('unanswerable', "What penalties does Tanzania's amended Cybercrimes Act set for sharing child sexual abuse material?")


# ---------------------------------------------------------------------------------------------------------
# An eighth batch of 50 (sixteenth session), written the same way from the reports alone, weighted to
# paraphrases (20; 6 facts, 5 actors, 6 examples, 4 multi, 3 time, 6 unanswerable). Run once before any
# change: recall@5 0.932, evidence 0.775, unanswerable abstained 0.667, wrongly abstained 0.091 (an acronym
# the reports write in the plural, "under-18s", a share in other words, a capital for its country).
q('paraphrase', "which UK group acts as the country's tip line for pictures of kids being molested, and helps poorer nations put up a way to flag such pictures?",
  'IWF establishes a reporting portal and works to equip resource-poor countries and territories with a simple solution for reporting child sexual abuse imagery online.')
q('paraphrase', 'What trouble did the Cairo delegation mention in getting charities and non-profits to sign up to their work?',
  'one major challenge they face was in bringing on board more NGOs. Another difficulty was in the fact that those NGOs willing to partner tended not focus solely on child online safety.')
q('paraphrase', 'in the survey of teenagers on tech know-how, what were the biggest obstacles stopping kids from becoming skilled with computers?',
  'Main barriers to children’s digital literacy were limited digital literacy of teachers and inadequate access to devices.')
q('paraphrase', 'Which speaker complained that British classrooms put more effort into coaching mums and dads than coaching the people who work there?',
  'staff training is consistently a weak part of the education curriculum as schools spend a lot more time in the UK training parents and not members of staff.')
q('paraphrase', 'who urged that the internet be seen as a friend instead of an enemy when shielding youngsters from harm?',
  "it's essential not to consider the web as an adversary but rather as an ally in this effort.")
q('paraphrase', "Which NGO's project is bankrolled by a Dutch prize draw, and in which nations does it run?",
  'is funded by the Netherlands Postcode Lottery and operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya.')
q('paraphrase', 'how many firms belong to that industry club of internet businesses that teamed up against people who prey on kids?',
  "the Tech Coalition introduced their alliance of 35 technology companies working collectively to ensure children's safety online.")
q('paraphrase', "What fraction of people on the web are under-18s, according to the Nordic kids' charity that presented its app?",
  'with approximately one-third of internet users being children')
q('paraphrase', 'does the disappearing-message app offer anything so mums and dads can see who their adolescents are talking to?',
  "Snap also provided an overview of a Family Center for parents to monitor their teens' interactions on the platform.")
q('paraphrase', "Did the chairman suggest lengthening the group's gatherings, and if so to how long?",
  'extending the allocated time for the Council Working Group to one and a half days')
q('paraphrase', 'which east african country is thinking about special phone chips for youngsters that block unsuitable stuff?',
  'exploring the introduction of a Child SIM Card to filter inappropriate content')
q('paraphrase', 'The Islamabad telecom watchdog teamed up with a popular clip-sharing app to teach kids web skills. How many people and classrooms did that reach?',
  'the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools')
q('paraphrase', 'which delegation worried about pupils misusing their mobiles in class and wanted kids being permanently plugged in added to upcoming talks?',
  'Canada raised concerns about the abusive use of cell phones in schools')
q('paraphrase', "What new body is the tiny Pyrenean principality creating to steer its countrywide work on kids' tech habits and wellness?",
  'A key initiative is the establishment of Digital Skills and Wellbeing Office, which will coordinate national efforts')
q('paraphrase', 'which group says old-school fixes like censoring sites or mum-and-dad locks miss the point because apps were never made with young people in mind?',
  'Traditional safety measures, such as content blocking or parental controls, fail to address the root issue: digital platforms are not designed with children in mind')
q('paraphrase', 'What did a study with youngsters and their guardians find about how kids view dangers on the net and whether grown-ups can really keep them safe?',
  'children accept online risks as normal, while caregivers overestimate their ability to protect them')
q('paraphrase', "did governments on the ITU's governing body want closer work with the outfit that manages web addresses?",
  'Several councillors called for greater cooperation with the Internet Corporation for Assigned Names and Numbers (ICANN) and its Governmental Advisory Committee (GAC)')
q('paraphrase', "Did anyone object to rewriting the group's mandate before the 2022 plenipot?",
  'Two councillors, however, considered that the group should continue its work in its current form and under its current terms of reference.')
q('paraphrase', "who came up with the ITU's cartoon figure for teaching kids about the web?",
  'It had been created and designed by children and helped children, parents and teachers to understand the dangers that children faced being online')
q('paraphrase', "does the group's latest work for 2024-25 cost any extra money beyond what was already set aside?",
  'Within the allocated budget 2024-2025.')
q('fact', "What is the name of Bulgaria's 2024 national awareness campaign against violence towards children?",
  'A national information campaign, "Be Brave, Be Good," was launched in 2024 to engage the community and raise awareness')
q('fact', "According to ICMEC's 2025 study, how many countries explicitly list OCSE as a predicate crime under AML-CTF laws?",
  'Their 2025 study indicates that there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime.')
q('fact', 'how many state parties does the lanzarote convention have',
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties')
q('fact', 'Who chaired the nineteenth meeting of the CWG-COP in October 2023?',
  'which was chaired by Mr Abdelaziz Alzarooni (UAE)')
q('fact', 'how many participants were at the 21st cwg-cop meeting (sept/oct 2024)?',
  'In the twenty-first meeting, the Group of 129 participants discussed the contributions and information documents received.')
q('fact', 'How many children are affected by online child sexual exploitation and abuse each year according to WeProtect Global Alliance?',
  'a growing global crisis affecting over 300 million children annually')
q('actor', 'What did Saudi Arabia propose at the seventeenth meeting of the CWG-COP?',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
q('actor', 'what did germany ask about during the 22nd meeting discussion',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.')
q('actor', "I'm preparing an intervention on the Philippines' draft resolutions from the October 2023 meeting - what exactly did the Philippines propose?",
  'The Republic of the Philippines presented a new draft resolution to encourage ITU and its member states to generate strategic plans, policies, and programs and integrate Child Online Protection measures in all existing initiatives',
  'The Republic of the Philippines presented a new draft resolution to encourage integrating Child Online Protection discussions in all Girls in ICT celebrations of ITU Member States')
q('actor', 'What did the Russian Federation present at the 14th CWG-COP meeting in 2018?',
  'The delegation from the Russian Federation presented the proposal on the revision on the Resolution 179 (Rev. Busan, 2014).')
q('actor', 'what did india present to the working group - something about the G20?',
  "India's contribution introduced the G20 Toolkit on Cyber Education and Cyber Awareness in collaboration with ITU.")
q('examples', 'Can you give examples of the educational tools the French data protection authority (CNIL) uses with children?',
  'Key initiatives include interactive tools like the Incollables® quiz, the Digital Guardians game, and manga-style educational content')
q('examples', 'examples of apps or games ITU has made for children about online safety?',
  'the development and launch of a Web App, "Ask me! Your online safety friend," tailored to children aged 13 to 17, and introduced an online game, "Sango’s Adventure: Discover Online Safety," designed for children aged 9 to 12')
q('examples', "What are some examples of public awareness events run by Russia's Alliance for the Protection of Children in the Digital Environment?",
  'The Alliance also organizes public awareness events, such as Anti-Cyberbullying Days and Digital Security Festivals, engaging over 500,000 participants.')
q('examples', 'give me examples of what the hungarian expert did to spread the COP guidelines in hungary',
  "translating ITU Child Online Protection into Hungarian, conducting online lectures, organizing contests, and engaging in robotics activities for kindergarteners using Sango's character")
q('examples', 'Which industry sectors, for example, will the ITU Industry Connect quarterly discussions focus on?',
  'These sessions will focus on specific sectors such as AI-driven platforms, social media, gaming, streaming services, and educational technology')
q('examples', 'examples of events egypts national committee for child online protection organised in 2015-2017',
  'The major events were the ITU Regional Workshop- COP Regional strategy (2015), the Safer Internet Day in Beheira Governorate (2016) and the Safer Internet Day in Port-Said Governorate (2017).')
q('multi', "How has attendance at CWG-COP meetings grown over the years? I'm writing a piece on the group's growth.",
  'with this meeting having the largest number of contributions (18 in total) and number of participants (more than 150)',
  'Approximately 120 participants, representing governments, private sector, civil society, academia, international and intergovernmental organizations',
  'Approximately 191 participants, representing governments, private sector, civil society, academia, international and intergovernmental organizations')
q('multi', 'what has the scort foundation told the working group about sport and child online protection across its meetings?',
  'SCORT Foundation highlighted the critical role of sports in promoting Child Online Protection.',
  'In December 2024, a webinar in Ecuador trained 46 young coaches working with over 1,800 children, addressing risks like cyberbullying and exploitation.')
q('multi', "What has Poland's regulator UKE presented to the CWG-COP over the years?",
  'The contribution from UKE in Poland focused on the educational campaign “I click sensibly”, which targets primary school pupils, parents and teachers.',
  "they highlighted two significant UKE projects aimed at children's online protection: #keepCTRL / I click sensibly and Spoofie - learning through play.")
q('multi', 'How has the CWG-COP linked up with ITU-D Study Group 2 over time?',
  'A first liaison statement was sent to ITU-D Study Group 2 to inform delegations on the work of the Guidelines and ensure a more participatory process.',
  'ITU Plenipotentiary Conference 2022 highlighted the importance of coordinating COP-related activities between ITU-D SG2 Q3/2 and CWG-COP',
  'The meeting agreed that the outcomes of this meeting and the January 2025 CWG-COP meeting would be sent to ITU-D Study Group 2 Question 3/2 for consideration.')
q('time', "When was UNICEF's toolkit on children's online privacy and free expression supposed to come out?",
  'A toolkit on this is to be released in March 2018.')
q('time', 'when does the EU age verification system launch and when is the EU digital wallet expected',
  'a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026')
q('time', 'When is the Tbilisi conference to finalise the joint statement on AI and child rights taking place?',
  'the Tbilisi Conference, which is to be held on March 10 to 12 in 2025')
q('unanswerable', 'What was the total budget in Swiss francs allocated to the COP Global Programme for 2024-2025?')
q('unanswerable', 'What fines has Ofcom imposed under the UK Online Safety Act on platforms that failed to protect children?')
q('unanswerable', 'Was the ITU-UNCRC joint statement on AI and child rights actually adopted at the Tbilisi conference in March 2025?')
q('unanswerable', 'did the philippines merged resolution on COP get adopted by council in 2024?')
q('unanswerable', 'How many reports of child sexual abuse imagery did the Internet Watch Foundation process in 2017?')
q('unanswerable', "what does australia's under-16 social media ban require from platforms and when does it take effect")

# A ninth batch of 50 (sixteenth session): 15 paraphrases, 8 naming a meeting, 5 facts, 4 actors, 6
# examples, 2 multi, 10 unanswerable. Run once before any change: recall@5 0.850, evidence 0.812,
# unanswerable abstained 0.800, wrongly abstained 0.200 (a name in what the asker says of themselves, a
# count in other words, a named day, a country's adjective describing a charity).
q('paraphrase', "what's the cartoon figure ITU came up with for kids called, and on what day was it first shown to the public?",
  'ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020')
q('paraphrase', "How many kids did the Warsaw telecom regulator's classroom awareness drive involve in its first year, and what's the goal a few years on?",
  'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
q('paraphrase', "cairo's delegation at the jan 2018 session mentioned yearly days promoting a secure web - which provinces hosted them?",
  'the Safer Internet Day in Beheira Governorate (2016) and the Safer Internet Day in Port-Said Governorate (2017)')
q('paraphrase', 'The worldwide association of tip lines that fights illegal pictures of kids: what is the name of the platform they use to forward cases to the global police body?',
  'The organization has a system called ICCAM which allows hotlines to receive, assess and send reports to Interpol for intervention.')
q('paraphrase', 'who is bankrolling the 3-year (2022-2025) kids internet-risk project that is active in four nations, from Phnom Penh to Nairobi?',
  'This three-year initiative, running from 2022 to 2025, is funded by the Netherlands Postcode Lottery')
q('paraphrase', 'How many firms belong to the group of big tech platforms that team up to keep kids safe, the one that spoke at the 2023 session?',
  "the Tech Coalition introduced their alliance of 35 technology companies working collectively to ensure children's safety online")
q('paraphrase', 'roughly what fraction of people on the web are minors, according to the talk by the Helsinki branch of that big kids charity?',
  'It highlighted the prevalence of children online, with approximately one-third of internet users being children.')
q('paraphrase', "How many people did the Islamabad telecom regulator's web-skills push with the Chinese short-clip app reach, and across how many campuses?",
  '“Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools')
q('paraphrase', 'what number can a kid in dar es salaam dial for round-the-clock help?',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.')
q('paraphrase', "according to the global child-abduction nonprofit's research, in how many nations out of those reviewed is online abuse of kids named as a base offence under rules targeting criminal cash?",
  'Their 2025 study indicates that there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime.')
q('paraphrase', 'The Swiss charity that uses games and athletics to protect kids ran a virtual class in the Andean country whose capital is Quito at the end of 2024. How many youth trainers attended, and how many kids do they look after?',
  'In December 2024, a webinar in Ecuador trained 46 young coaches working with over 1,800 children')
q('paraphrase', 'in the 2022 Council debate, which body that manages web addresses did members want ITU to work more closely with?',
  'Several councillors called for greater cooperation with the Internet Corporation for Assigned Names and Numbers (ICANN)')
q('paraphrase', "Was the Council unanimous in 2022 about rewriting the kids' safety group's mandate, or did anyone want to keep things as they were?",
  'Two councillors, however, considered that the group should continue its work in its current form and under its current terms of reference.')
q('paraphrase', 'what was decided after the autumn 2024 session about how talks with tech companies would be run going forward?',
  'The meeting agreed that ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement.')
q('paraphrase', "I'm with a kids' support phone line. After the autumn 2024 session, who were ITU staff told to pass young people's opinions about phone lines like ours on to?",
  "invited the Secretariat to share children's feedback on helplines with relevant parent organizations and the expert group of the Global Cybersecurity Index (GCI)")
q('meeting', 'Who chaired the January 2018 meeting of CWG-COP?',
  'which was chaired by Mr Ibrahim Al Dabal (UAE)')
q('meeting', 'what liaison statements were sent out after the 15th meeting?',
  'A first liaison statement was sent to ITU-D Study Group 2 to inform delegations on the work of the Guidelines and ensure a more participatory process.',
  'A second liaison statement was sent to ITU-D to request further information on EG-household Indicators and the related discussion on COP indicators.')
q('meeting', 'At the sixteenth meeting, what did the Chair say about how the report would be put together?',
  'The Chair stated that a report would be prepared, which would include both the fifteenth and the sixteenth meetings of the CWG-COP.')
q('meeting', 'which country offered to run information sessions on COP at the January 2021 meeting?',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
q('meeting', 'How many contributions did the 19th meeting receive, and was that a record?',
  'He highlighted the growing significance of the group, with a total of 24 contributions, a milestone that had not been reached before.')
q('meeting', 'how many participants were there at the twenty-first meeting',
  'In the twenty-first meeting, the Group of 129 participants discussed the contributions and information documents received.')
q('meeting', "Who chaired the February 2025 meeting, given that it wasn't the usual chair?",
  'which was chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria)')
q('meeting', 'At the October 2023 meeting, what did the chair suggest about the length of future Working Group meetings?',
  'he suggested the formulation of a recommendation to be presented with the goal of extending the allocated time for the Council Working Group to one and a half days')
q('fact', 'Which Council resolution established CWG-COP?',
  'The ITU Council Working Group on child online protection (CWG-COP) was established by Council Resolution 1306 (Mod. 2015)')
q('fact', 'how many state parties does the lanzarote convention currently have',
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties')
q('fact', 'What are the dates of the Tbilisi Conference where the joint statment on AI and child rights is to be finalized?',
  'the Tbilisi Conference, which is to be held on March 10 to 12 in 2025')
q('fact', 'How many organizations have signed the Digital Childhood Ethics Charter?',
  'the Digital Childhood Ethics Charter, signed by 13,000+ organizations')
q('fact', 'My daughter is 11. What age range is the ITU web app "Ask me! Your online safety friend" designed for?',
  '"Ask me! Your online safety friend," tailored to children aged 13 to 17')
q('actor', 'What did Germany ask about during the discussion?',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.')
q('actor', 'canada concerns phones in schools - what exactly did canada say?',
  'Canada raised concerns about the abusive use of cell phones in schools, suggested that "child-too-much-online" should be considered in future discussions on COP')
q('actor', 'What draft resolutions did the Philippines put forward to the working group?',
  'The Republic of the Philippines presented a new draft resolution to encourage ITU and its member states to generate strategic plans, policies, and programs and integrate Child Online Protection measures in all existing initiatives',
  'The Republic of the Philippines presented a new draft resolution to encourage integrating Child Online Protection discussions in all Girls in ICT celebrations of ITU Member States')
q('actor', "I'm preparing a note on Resolution 179. What did the Russian Federation present, and with which co-sponsors?",
  'The delegation from the Russian Federation presented the proposal on the revision on the Resolution 179 (Rev. Busan, 2014).',
  'The contribution was submitted by the Russian Federation, Republic of Armenia, Republic of Belarus, and Kyrgyz Republic.')
q('examples', 'Can you give examples of the interactive tools CNIL uses to teach young people about privacy?',
  'Key initiatives include interactive tools like the Incollables® quiz, the Digital Guardians game, and manga-style educational content')
q('examples', "examples of public awareness events run by Russia's Alliance for the Protection of Children in the Digital Environment?",
  'The Alliance also organizes public awareness events, such as Anti-Cyberbullying Days and Digital Security Festivals, engaging over 500,000 participants.')
q('examples', 'What are some examples of concrete actions Terre des Hommes wants from tech companies?',
  'concrete actions like pop-up warnings and restrictions on screenshotting')
q('examples', 'I teach secondary school in Wales. What case studies are used as examples in the WISE KIDS course on online radicalisation?',
  'case studies, such as Danny’s story (extreme right-wing ideology) and Sharifa’s story (Islamist extremism)')
q('examples', "give some examples of activities in bulgaria's 'Be Brave, Be Good' campaign",
  "including activities such as children's competitions, sports events, and public landmarks illuminated with anti-violence messages")
q('examples', 'What are examples of how the Sango character has been used in Hungary?',
  "translating ITU Child Online Protection into Hungarian, conducting online lectures, organizing contests, and engaging in robotics activities for kindergarteners using Sango's character")
q('multi', "For my thesis on Poland: how has the 'I click sensibly' campaign been presented to the working group over the years?",
  'The contribution from UKE in Poland focused on the educational campaign “I click sensibly”, which targets primary school pupils, parents and teachers.',
  "two significant UKE projects aimed at children's online protection: #keepCTRL / I click sensibly and Spoofie - learning through play")
q('multi', 'what has egypt presented to CWG-COP across its different meetings?',
  'The representative from Egypt presented the activities of Egypt’s National Committee for Child online protection in the last two years.',
  'The information document by Egypt discussed its Digital Citizenship Initiative, a national effort led by the Egyptian Ministry of Communication and Information Technology (MCIT)')
q('unanswerable', 'Was the Joint Statement on AI and child rights actually adopted at the Tbilisi Conference in March 2025, and who signed it?')
q('unanswerable', 'How many participants attended the 20th meeting of CWG-COP?')
q('unanswerable', 'how many swiss francs were allocated to the working group for 2024-2025?')
q('unanswerable', 'How many people took part in the fifteenth meeting in September 2019?')
q('unanswerable', "What penalties does Brazil's law impose on platforms that host child sexual abuse material?")
q('unanswerable', 'What did Japan present at the twenty-second meeting?')
q('unanswerable', 'Who chaired the 23rd meeting of the CWG-COP in October 2025 and what were its outcomes?')
q('unanswerable', 'what did Study Group 17 conclude about the gap analysis report at its April 2025 meeting?')
q('unanswerable', 'How many young people responded to the online youth consultation on digital literacy presented at the 14th meeting?')
q('unanswerable', 'What recommendations came out of the first ITU Industry Connect quarterly session, and which companies took part?')

# A tenth batch of 50 (seventeenth session), written the same way from the reports alone: 18 paraphrases,
# 8 naming a meeting, 7 examples, 5 facts, 2 time, 10 unanswerable. Run once before any change: recall@5
# 0.975, evidence 0.912, unanswerable abstained 0.800, wrongly abstained 0.150 ("how many were there",
# attendance asked in people, a thing's name taken for a person's, "I'm", "the UN telecom agency", "a
# country in the Pyrenees", "the autumn 2024 session", an outcome only announced for April 2025).
q('paraphrase', 'The Maltese former head of state spoke at the opening in 2023. what did she say about whether the internet should be treated as the enemy when we try to keep kids safe?',
  "Notably, she underscored that despite our eagerness to protect children from online abuse, it's essential not to consider the web as an adversary but rather as an ally in this effort.")
q('paraphrase', 'According to the British group that runs e-safety work in schools, do schools put more effort into training parents or their own teachers?',
  'He further pointed to the fact that staff training is consistently a weak part of the education curriculum as schools spend a lot more time in the UK training parents and not members of staff.')
q('paraphrase', 'when kids and teens were asked online back in 2018 about their tech skills, what did they say were the biggest obstacles?',
  'Main barriers to children’s digital literacy were limited digital literacy of teachers and inadequate access to devices.')
q('paraphrase', "How many people and how many schools has the South Asian telecoms regulator's nationwide school programe, run together with a popular short-video app, reached?",
  'PTA established a Child Online Protection Committee, prioritizing education and prevention, including the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools.')
q('paraphrase', 'In the East African country that amended its 2015 cybercrime law last year, is there a phone line kids can ring for help, and is it available round the clock?',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.')
q('paraphrase', "how many organisations have put their name to the code of good conduct on children's digital lives promoted by the coalition of big Russian telecom and media firms?",
  'Key initiatives include the Digital Childhood Ethics Charter, signed by 13,000+ organizations, advocating for proactive content moderation')
q('paraphrase', "I'm a journalist looking at money laundering laws. According to the missing-children charity's recent study, in how many of the countries it looked at is online sexual exploitation of kids explicitly treated as an underlying offence?",
  'Their 2025 study indicates that there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime.')
q('paraphrase', 'did the 2024 study by the child-rights charity that talked to children and their carers find that parents are realistic about how well they can protect kids online?',
  'The VOICE research (2024), involving nearly 500 children and caregivers across 15 countries, points out that children accept online risks as normal, while caregivers overestimate their ability to protect them.')
q('paraphrase', "The UK charity's new e-course for parents on stopping young people being drawn into extremism - which languages will it be available in?",
  'Available in English and Welsh, the initiative seeks to empower parents and professionals to navigate the complexities of the digital world and protect young people from radicalisation.')
q('paraphrase', "who's paying for the three year childrens online rights project running in four countries across asia and africa (the one presented in 2023)?",
  'This three-year initiative, running from 2022 to 2025, is funded by the Netherlands Postcode Lottery and operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya.')
q('paraphrase', 'How many tech firms belong to the industry group that teams up to fight child sexual abuse on their platforms?',
  "In their presentation, the Tech Coalition introduced their alliance of 35 technology companies working collectively to ensure children's safety online.")
q('paraphrase', "roughly what share of people on the internet are kids, according to the Finnish charity's talk about its digital wellbeing service?",
  'It highlighted the prevalence of children online, with approximately one-third of internet users being children.')
q('paraphrase', 'Which body that hands out web addresses did council members want the UN telecom agency to work more closely with, and over what problem?',
  'Several councillors called for greater cooperation with the Internet Corporation for Assigned Names and Numbers (ICANN) and its Governmental Advisory Committee (GAC), particularly in relation to abuse of the domain-name system.')
q('paraphrase', 'When the council discussed renewing the group in 2022, did everyone agree its mandate should be rewritten, or were there holdouts?',
  'Two councillors, however, considered that the group should continue its work in its current form and under its current terms of reference.')
q('paraphrase', "As a delegate I'm curious: what problems did the North African country's national committee on kids' internet safety run into when trying to get charities involved?",
  'The delegate stated that one major challenge they face was in bringing on board more NGOs.',
  'Another difficulty was in the fact that those NGOs willing to partner tended not focus solely on child online safety.')
q('paraphrase', "why does the children's digital rights charity say that filtering stuff and letting mums and dads lock down devices isn't enough?",
  'Traditional safety measures, such as content blocking or parental controls, fail to address the root issue: digital platforms are not designed with children in mind, often prioritizing profit over safety through exploitative data practices and manipulative design.')
q('paraphrase', "A small country in the Pyrenees did a nationwide review of kids' online safety at the end of 2024. What priorities did it come up with?",
  'A National Assessment on Child Online Protection conducted in December 2024 identified priorities, including establishing governance structures, expanding teacher training, strengthening regulations, and launching public awareness campaigns.')
q('paraphrase', 'At the autumn 2024 session, what did they decide about how conversations with tech companies would be run from now on?',
  'The meeting agreed that ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement.')
q('meeting', 'How many people took part in the 14th meeting, and who was in the chair?',
  'Approximately 50 participants, representing governments, private sector, civil society, academia, and international and intergovernmental organizations, participated both physically and remotely in the meeting, which was chaired by Mr Ibrahim Al Dabal (UAE).')
q('meeting', 'Who chaired the February 2025 meeting?',
  'Approximately 191 participants, representing governments, private sector, civil society, academia, international and intergovernmental organizations, participated in the meeting, which was chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria).')
q('meeting', 'how many participants were at the twenty-first meeting?',
  'In the twenty-first meeting, the Group of 129 participants discussed the contributions and information documents received.')
q('meeting', 'What did the chair say about the report covering the sixteenth meeting?',
  'The Chair stated that a report would be prepared, which would include both the fifteenth and the sixteenth meetings of the CWG-COP.')
q('meeting', 'Record numbers at the 18th meeting - how many contributions came in and how many people joined?',
  'The Chair noted the growth of the CWG-COP, with this meeting having the largest number of contributions (18 in total) and number of participants (more than 150) [since formation of the CWG].')
q('meeting', 'At the seventeenth meeting, which country offered to organise information sessions on child online protection?',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
q('meeting', 'I heard the October 2023 meeting got a lot of submissions. How many were there, and was that a first?',
  'He highlighted the growing significance of the group, with a total of 24 contributions, a milestone that had not been reached before.')
q('meeting', 'At the fifteenth meeting, where did the second liaison statement go and what was it asking for?',
  'A second liaison statement was sent to ITU-D to request further information on EG-household Indicators and the related discussion on COP indicators.')
q('examples', 'any countries that have folded child online safety into their national cybersecurity strategy?',
  'The integration of the Child Online Protection guidelines into the "National Cybersecurity Strategy" underlines their comprehensive approach to online child protection.',
  'Chad’s National Cybersecurity Strategy recommends parental control standards, awareness campaigns, and integrating online safety education into schools and healthcare settings.',
  'In the Bahamas, a National Cybersecurity Strategy (2024) aims to embed cybersecurity education, strengthen law enforcement capabilities, and address legal gaps in child protection.')
q('examples', 'what are some exmaples of games or quizzes made to teach kids about privacy and staying safe online?',
  'Key initiatives include interactive tools like the Incollables® quiz, the Digital Guardians game, and manga-style educational content, addressing topics such as privacy, cyberbullying, misinformation, and data protection.',
  'The Wa3i.net platform developed within the initiative offers specialized content, interactive games, guidebooks, and online safety training in Arabic.')
q('examples', "Are there examples of international bodies working on children's rights and artificial intelligence?",
  'ITU initiated a collaboration with the Committee on the Rights of the Child to draft a Joint Statement on child protection in the context of AI',
  'UNICEF is also updating its AI for Children guidance and conducting research on neurotechnology and child rights.',
  'The Steering Committee for the Rights of the Child is also working on children’s rights in the context of artificial intelligence, conducting a mapping study and developing a child rights impact assessment tool for AI')
q('examples', 'What are some examples of ways people can report online child abuse that were mentioned at these meetings?',
  'A key component of the program is child online protection, which includes digital-media literacy, training on online risks, and a National Safer Internet Centre Hotline for reporting abuse.',
  'PTA has also developed local language content in Urdu, including translated guidebooks, awareness videos, and a complaint management system (CMS) for reporting child abuse online.',
  'IWF establishes a reporting portal and works to equip resource-poor countries and territories with a simple solution for reporting child sexual abuse imagery online.')
q('examples', 'I coach a youth football team. Can you give me some examples of how sport is being used for child online protection?',
  'Their collaboration with ITU has produced recommendations to support sports organizations in integrating online safeguarding policies, ultimately aiming to create a toolkit for sports coaches.',
  'In Ecuador, a training webinar for young coaches was held in partnership with the Scort Foundation, integrating child online protection into sports.',
  'Since 2020, they have partnered with the ITU to promote COP through sports, organizing workshops, webinars, and training sessions.')
q('examples', 'What are some examples of national awareness campaigns that countries or regulators have launched?',
  'A national information campaign, "Be Brave, Be Good," was launched in 2024 to engage the community and raise awareness, including activities such as children\'s competitions, sports events, and public landmarks illuminated with anti-violence messages.',
  'Their proactive actions also include making digital education a strategic priority and launching the campaign “all together for a safe internet”.',
  'The Get Safe Online campaign and partnerships with UNODC, ITU, and UNICEF provide training, awareness programs, and cybersecurity capacity-building.')
q('examples', 'what are some examples of things social media companies said they do to keep teenagers safe on their apps?',
  'Responses ranged from prioritizing age-appropriate content and robust moderation to offering privacy settings and parental controls.',
  "Snap also provided an overview of a Family Center for parents to monitor their teens' interactions on the platform.")
q('fact', 'How many State parties does the Lanzarote Convention have at the moment?',
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties and is monitored by the Lanzarote Committee through thematic rounds.')
q('fact', 'What figure did WeProtect give for the number of children hit by online sexual exploitation and abuse every year?',
  'The information document by WeProtect Global Alliance emphasized the urgent need for a multi-sector approach to combat online child sexual exploitation and abuse (CSEA), a growing global crisis affecting over 300 million children annually.')
q('fact', 'where is the Scort Foundation based?',
  'Based in Basel, Switzerland, the foundation operates globally, empowering young coaches—community leaders who work with underprivileged children—and advocating for sports in addressing crises, displacement, and online challenges.')
q('fact', "How many views did the PTA's social media campaigns on child online protection get?",
  'Additional outreach efforts include youth summits, video competitions, TV programs, and social media campaigns, with over 38.89 million views in three months.')
q('fact', 'What was the name of the app competition Argentina told the group about in 2018?',
  'The representative also explained the #TodosSomosUnicos APP Competition and highlighted the results of the competition.')
q('time', 'When is the Tbilisi conference on the joint statement on AI and child rights taking place?',
  "A key milestone will be the Tbilisi Conference, which is to be held on March 10 to 12 in 2025, where stakeholders will finalize the document, ensuring global consensus to protect children's rights in AI-driven environments.")
q('time', "When was UNICEF planning to put out its toolkit on children's online privacy and freedom of expression?",
  'A toolkit on this is to be released in March 2018.')
q('unanswerable', 'What did stakeholders finally agree at the Tbilisi Conference in March 2025 on the joint statement on AI and child rights?')
q('unanswerable', 'What was the outcome when Study Group 17 discussed the CG-COP gap analysis report in April 2025?')
q('unanswerable', 'How many participants attended the twentieth meeting of the CWG-COP?')
q('unanswerable', "What fines can Bulgaria impose on platforms that don't take down child sexual abuse material?")
q('unanswerable', 'What did Japan present about its child online protection work at the February 2025 meeting?')
q('unanswerable', 'How much money did ITU spend on the COP global programme in 2024?')
q('unanswerable', 'how many calls has tanzanias 116 helpline recieved from children so far?')
q('unanswerable', 'For a class on internet regulation: what does the UK Online Safety Act require platforms to do for children, according to the presentations?')
q('unanswerable', 'How many young people answered the 2018 online youth consultation on digital literacy?')
q('unanswerable', "How many arrests have Snap's tools for detecting child abuse material led to so far?")

# An eleventh batch of 50 (seventeenth session): 20 paraphrases, 10 naming a meeting, 6 examples, 4 multi,
# 10 unanswerable, a third typed search-box style. Run once before its fixes: recall@5 1.000, evidence
# 0.806, unanswerable abstained 0.700, wrongly abstained 0.100 (a misspelling read as a Spanish verb,
# "Virginia-based", a budget in the asker's context, "in the Caucasus", a yes/no outcome after context).
q('paraphrase', "I advise the government of a small island territory that can't afford to run its own hotline. What does the British charity that hunts down child sexual abuse pictures on the web offer to poorer places like ours?",
  'IWF establishes a reporting portal and works to equip resource-poor countries and territories with a simple solution for reporting child sexual abuse imagery online.')
q('paraphrase', "world body's children agency resource kit on kids privacy and free speech online release date",
  'A toolkit on this is to be released in March 2018.')
q('paraphrase', 'Do British schools spend more time teaching parents or their own teachers about staying safe online?',
  'He further pointed to the fact that staff training is consistently a weak part of the education curriculum as schools spend a lot more time in the UK training parents and not members of staff.')
q('paraphrase', 'youth survey on digital skills which tech trends came up most',
  'The results indicated that the most common technological trends were Social media and the Internet of Things.')
q('paraphrase', "I'm writing an op-ed about how leaders frame the internet when they talk about kids. At the 2023 session, did the woman who used to be head of state of that small Mediterranean island describe the web as a threat or as something working on our side?",
  "Notably, she underscored that despite our eagerness to protect children from online abuse, it's essential not to consider the web as an adversary but rather as an ally in this effort.")
q('paraphrase', 'who pays for the 3-year kids online rights project running 2022-2025 in four countries in asia and africa',
  'This three-year initiative, running from 2022 to 2025, is funded by the Netherlands Postcode Lottery and operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya.')
q('paraphrase', 'How many tech firms belong to the industry group that presented its joint work against child sexual abuse in 2023?',
  "In their presentation, the Tech Coalition introduced their alliance of 35 technology companies working collectively to ensure children's safety online.")
q('paraphrase', 'french privacy watchdog how many recomendations to protect kids online',
  'The speaker presented how the organization had published eight recommendations to strengthen the protection of children online.')
q('paraphrase', 'Which country held the rotating chair of the club of twenty big economies when it endorsed its principles for keeping kids safe and strong online?',
  'The toolkit builds upon the "G20 High-Level Principles for Children Protection and Empowerment in the Digital Environment," endorsed under the Italian G20 Presidency, and received unanimous support from all G20 members and guest countries.')
q('paraphrase', "I'm researching media education in the Caucasus. Which European human rights organisation did the telecom regulator of the country whose capital is Tbilisi team up with to help people judge what they see in the media?",
  "They've also created an online platform for educational resources and tools, partnering with the Council of Europe to advance media literacy in Georgia.")
q('paraphrase', 'islamabad telecom regulator school online skills drive with the short video app - how many people reached',
  'including the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools.')
q('paraphrase', 'Does the East African country with its capital at Dodoma have a phone line children can call day and night for help?',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.')
q('paraphrase', "How many states have joined the Strasbourg human rights body's treaty against the sexual abuse of children, and since when has it applied?",
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties and is monitored by the Lanzarote Committee through thematic rounds.')
q('paraphrase', 'I coach youth football in Quito and a friend told me about an online training for coaches run by a Swiss sports foundation. How many young coaches in my country took part in December 2024, and how many kids do they work with?',
  'In December 2024, a webinar in Ecuador trained 46 young coaches working with over 1,800 children, addressing risks like cyberbullying and exploitation.')
q('paraphrase', 'I work in anti-money-laundering compliance at a bank. According to the 2025 study by the Virginia-based global nonprofit for lost and abused children, how many of the countries it looked at explicitly treat online sexual exploitation of kids as an underlying offence for laundering laws?',
  'Their 2025 study indicates that there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime.')
q('paraphrase', 'online course for parents on stopping teens getting drawn into extremism - which languages',
  'Available in English and Welsh, the initiative seeks to empower parents and professionals to navigate the complexities of the digital world and protect young people from radicalisation.')
q('paraphrase', "When the council discussed changing the group's mandate in 2022, did anyone want to keep things exactly as they were?",
  'Two councillors, however, considered that the group should continue its work in its current form and under its current terms of reference.')
q('paraphrase', 'how did the head of the development bureau ask member countries for feedback on child safety work',
  'To that end, a circular letter had been sent out to Member States requesting feedback and further best practices.')
q('paraphrase', "I'm mapping how the union's council committees coordinate with each other. Which other council group, the one on web governance questions, is the child safety group told to keep in touch with?",
  'to encourage CWG-COP to liaise with the Council Working Group on international Internet-related public policy issues (CWG-Internet), as appropriate')
q('paraphrase', 'Is the working group supposed to hear from teenagers over the internet ahead of and while it meets?',
  'to encourage CWGCOP to conduct online consultations with youth to listen to their views and opinions on different matters related to child online protection, prior to and during its meeting;')
q('meeting', 'who proposed revising resolution 179 at the 14th meeting',
  'CWG-COP-14/3: Proposal on revision of the Resolution 179 (Rev. Busan, 2014): ITU’s role in child online protection from Russian Federation, Armenia, Belarus, and Kyrgyzstan')
q('meeting', 'Which companies were on the social media panel at the October 2023 meeting?',
  'During the interactive panel discussion, Meta and Snap.Inc were asked the following question: "How do you ensure children are protected and empowered through your online services?"')
q('meeting', "We're planning our delegation's travel budget for future sessions. At the nineteenth meeting, did the chair suggest making the meetings longer, and by how much?",
  'Consequently, he suggested the formulation of a recommendation to be presented with the goal of extending the allocated time for the Council Working Group to one and a half days.')
q('meeting', '22nd meeting which country asked about age verification tools',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.')
q('meeting', 'What upcoming conference did the development bureau director mention in his opening at the February 2025 meeting, and where will it take place?',
  'The Director concluded by looking ahead to the upcoming World Telecommunication Development Conference in Azerbaijan.')
q('meeting', "I'm tracking how the council group has coordinated with the development sector's study groups. What liaison statements came out of the September 2019 meeting?",
  'A first liaison statement was sent to ITU-D Study Group 2 to inform delegations on the work of the Guidelines and ensure a more participatory process.',
  'A second liaison statement was sent to ITU-D to request further information on EG-household Indicators and the related discussion on COP indicators.')
q('meeting', 'was there a seperate report for the 16th meeting',
  'The Chair stated that a report would be prepared, which would include both the fifteenth and the sixteenth meetings of the CWG-COP.')
q('meeting', 'Which country offered to organise information sessions on child online protection at the seventeenth meeting?',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
q('meeting', 'Why did the chair say 2022 was a special year at the 18th meeting?',
  'The Chair reminded all participants that this year was unique with three main ITU conferences providing a great opportunity to look back at a fruitful period since the last Plenipotentiary Conference')
q('meeting', "Our helpline network wants to know whether children's views actually reach policymakers. At the September 2024 meeting, what did the chair ask the secretariat to do with kids' feedback on helplines?",
  "He invited the Secretariat to share children's feedback on helplines with relevant parent organizations and the expert group of the Global Cybersecurity Index (GCI) for inclusion in child online protection questions.")
q('examples', 'examples of countries with a national cybersecurity strategy that covers kids',
  'Chad’s National Cybersecurity Strategy recommends parental control standards, awareness campaigns, and integrating online safety education into schools and healthcare settings.',
  'In the Bahamas, a National Cybersecurity Strategy (2024) aims to embed cybersecurity education, strengthen law enforcement capabilities, and address legal gaps in child protection.')
q('examples', 'What are some examples of quizzes, games or web platforms used to teach children about online safety?',
  'Key initiatives include interactive tools like the Incollables® quiz, the Digital Guardians game, and manga-style educational content, addressing topics such as privacy, cyberbullying, misinformation, and data protection.',
  'The Wa3i.net platform developed within the initiative offers specialized content, interactive games, guidebooks, and online safety training in Arabic.')
q('examples', "I'm compiling evidence for a parliamentary briefing on kids and the internet. Which surveys or research reports on children's online risks were presented to the group?",
  'The presentation by TMG provided an overview of a report on safeguarding children online including a service-specific view on risks and parental attitudes.',
  "Poland's contribution provided a comprehensive overview of its initiatives, including the presentation of findings from the latest Consumer Survey conducted in 2022 among Polish children and their parents.",
  'Research findings from Safety by Design (2023) reveal that digital platforms are unsafe for children and lack transparency in their safety measures.')
q('examples', 'examples of named awareness campaigns on child online safety',
  'A national information campaign, "Be Brave, Be Good," was launched in 2024 to engage the community and raise awareness, including activities such as children\'s competitions, sports events, and public landmarks illuminated with anti-violence messages.',
  'Their proactive actions also include making digital education a strategic priority and launching the campaign “all together for a safe internet”.',
  'The Get Safe Online campaign and partnerships with UNODC, ITU, and UNICEF provide training, awareness programs, and cybersecurity capacity-building.')
q('examples', "Which organisations said they are working on artificial intelligence and children's rights?",
  'UNICEF is also updating its AI for Children guidance and conducting research on neurotechnology and child rights.',
  'The Steering Committee for the Rights of the Child is also working on children’s rights in the context of artificial intelligence, conducting a mapping study and developing a child rights impact assessment tool for AI',
  'ITU initiated a collaboration with the Committee on the Rights of the Child to draft a Joint Statement on child protection in the context of AI')
q('examples', 'My ministry is thinking about setting up a national committee on child online safety. Which countries already have one, according to these reports?',
  'The National Advisory Committee on Child Online Safety of Tanzania, comprising government and non-government stakeholders, advises on COP policies and conducts nationwide awareness campaigns.',
  'The representative from Egypt presented the activities of Egypt’s National Committee for Child online protection in the last two years.',
  'PTA established a Child Online Protection Committee, prioritizing education and prevention')
q('multi', 'How did attendance at the January 2018 meeting compare with the twenty-second meeting?',
  'Approximately 50 participants, representing governments, private sector, civil society, academia, and international and intergovernmental organizations, participated both physically and remotely in the meeting, which was chaired by Mr Ibrahim Al Dabal (UAE).',
  'At the twenty-second meeting of the CWG-COP, the contributions and information documents received were discussed among the 191 participants.')
q('multi', "I follow the German charity Kindernothilfe's advocacy work. What did it present to the group in 2023, and was its joint document actually presented at the February 2025 meeting?",
  'the work of the Stopping Cybercrimes Against Children program and it core focus areas and strategies being the protection of children and adolescents against cybercrime, and their participation in Indonesia, Nepal, and the Philippines',
  'The joint information document by Kindernothilfe, Voice of Children (Nepal), and Center for Child Study and Protection (Yayasan PKPA, Indonesia) was not presented, as the intervenor was not presented onsite nor connected online.')
q('multi', 'record number of contributons 2022 vs 2023',
  'The Chair noted the growth of the CWG-COP, with this meeting having the largest number of contributions (18 in total) and number of participants (more than 150) [since formation of the CWG].',
  'He highlighted the growing significance of the group, with a total of 24 contributions, a milestone that had not been reached before.')
q('multi', 'What is the Protection through Online Participation initiative about, and when will its final principles be published?',
  'The UN presentation outlined an initiative called Protection through online participation (PoP) focused on understanding how children access protection online, promoting positive digital platform use by young people, and offering recommendations for system improvement.',
  'Final principles will be published in 2025, alongside efforts to collect good practices, engage the ICT industry on emerging technologies, and map child-led solutions.')
q('unanswerable', 'What did Japan say about age verification at the 22nd meeting?')
q('unanswerable', 'tanzania 116 helpline number of calls per year')
q('unanswerable', "I couldn't make it to the conference in Tbilisi in March 2025. Was the joint statement on AI and child rights adopted there, and which organisations signed it?")
q('unanswerable', 'What fines can the EU impose on platforms that break the Digital Services Act rules for protecting minors?')
q('unanswerable', 'who chaired the 20th cwg-cop meeting')
q('unanswerable', "The Philippines was asked to merge its two draft resolutions. I'm writing a follow-up piece: what did the merged resolution say when it was resubmitted in January 2024, and was it adopted?")
q('unanswerable', 'how much money did the dutch postcode lottery give terre des hommes for scrol')
q('unanswerable', 'Who is the co-convener of the correspondence group on child online protection under Study Group 17?')
q('unanswerable', 'number of participants 17th meeting jan 2021')
q('unanswerable', 'What did Brazil present about child online protection to the working group?')

# A twelfth batch of 50 (seventeenth session), in the test half's mix: 15 paraphrases, 11 naming a meeting,
# 8 examples, 5 facts, 2 keyword, 2 typo, 2 time, 5 unanswerable. Run once before its one fix: recall@5
# 0.956, MRR@10 0.893, evidence 0.909, unanswerable abstained 0.800, wrongly abstained 0.022 (a budget
# asked for with a possessive, "the working group's budget", did not ask for a sum).
q('paraphrase', 'A former head of state from a Mediterranean island spoke at the autumn 2023 session. Did she say the internet should be treated as the enemy when we try to keep kids safe?',
  "Notably, she underscored that despite our eagerness to protect children from online abuse, it's essential not to consider the web as an adversary but rather as an ally in this effort.")
q('paraphrase', "is the UN children's agency doing any research on brain tech and kids' rights?",
  'UNICEF is also updating its AI for Children guidance and conducting research on neurotechnology and child rights.')
q('paraphrase', "how many young coaches did the sports foundation's online training session train in the country whose capital is Quito?",
  'In December 2024, a webinar in Ecuador trained 46 young coaches working with over 1,800 children, addressing risks like cyberbullying and exploitation.')
q('paraphrase', 'The telecoms regulator in Islamabad ran a nationwide literacy drive together with a Chinese-owned short-video app. How many people did it reach, and in how many schools?',
  'PTA established a Child Online Protection Committee, prioritizing education and prevention, including the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools.')
q('paraphrase', "How many organisations have signed up to the code of conduct on kids' content pushed by the alliance of big telecom and media firms in Russia?",
  'Key initiatives include the Digital Childhood Ethics Charter, signed by 13,000+ organizations, advocating for proactive content moderation')
q('paraphrase', 'the strasbourg-based human rights organisation has a treaty against sexual exploitation of kids - when did it come into force and how many countries are party to it?',
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties and is monitored by the Lanzarote Committee through thematic rounds.')
q('paraphrase', 'how many tech companies belong to that industry alliance fighting online child sexual abuse?',
  "In their presentation, the Tech Coalition introduced their alliance of 35 technology companies working collectively to ensure children's safety online.")
q('paraphrase', 'Which countries does the three-year programme bankrolled by a Dutch charity lottery operate in?',
  'This three-year initiative, running from 2022 to 2025, is funded by the Netherlands Postcode Lottery and operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya.')
q('paraphrase', "According to the Nordic branch of a big international children's charity, roughly what share of people on the internet are kids?",
  'It highlighted the prevalence of children online, with approximately one-third of internet users being children.')
q('paraphrase', 'does the disappearing-photo messaging app have anything that lets parents keep an eye on who their teenagers talk to?',
  "Snap also provided an overview of a Family Center for parents to monitor their teens' interactions on the platform.")
q('paraphrase', "When is the Brussels executive's privacy-friendly age check system supposed to go live, and what is it a stepping stone towards?",
  'and a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026')
q('paraphrase', 'Who is paying for the online course on stopping young people getting drawn into extremism that was built with the city council of the Welsh capital?',
  'The information document by WISE KIDS introduced an innovative e-learning program, Preventing Online Radicalisation, developed by the organization in collaboration with Cardiff Council and funded by the UK Home Office.')
q('paraphrase', "a british charity that campaigns for kids' rights in the digital world pointed to a couple of laws as signs of progress. which ones?",
  'Recent advancements, such as the UK’s Age-Appropriate Design Code and the EU’s Digital Services Act, show progress in embedding safety and privacy by design.')
q('paraphrase', 'What does the British charity that hunts down and removes child abuse pictures from the web offer to poorer countries?',
  'IWF establishes a reporting portal and works to equip resource-poor countries and territories with a simple solution for reporting child sexual abuse imagery online.')
q('paraphrase', 'A German Christian aid charity runs a programme against online crime targeting kids. Which Asian countries is it working in?',
  'and their participation in Indonesia, Nepal, and the Philippines to improve the national child protection structures and collaboration with actors and civil society at regional and global level')
q('meeting', 'Who chaired the 14th meeting in January 2018 and roughly how many people attended?',
  'Approximately 50 participants, representing governments, private sector, civil society, academia, and international and intergovernmental organizations, participated both physically and remotely in the meeting, which was chaired by Mr Ibrahim Al Dabal (UAE).')
q('meeting', "what did the fifteenth meeting (september 2019) send over to the development sector's study group?",
  'A first liaison statement was sent to ITU-D Study Group 2 to inform delegations on the work of the Guidelines and ensure a more participatory process.',
  'A second liaison statement was sent to ITU-D to request further information on EG-household Indicators and the related discussion on COP indicators.')
q('meeting', 'What did Saudi Arabia offer to do at the 17th meeting in January 2021?',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
q('meeting', 'eighteenth meeting jan 2022 - how many contributions and how many participants were there?',
  'The Chair noted the growth of the CWG-COP, with this meeting having the largest number of contributions (18 in total) and number of participants (more than 150) [since formation of the CWG].')
q('meeting', 'Did the sixteenth meeting, held in February 2020, get a report of its own?',
  'The Chair stated that a report would be prepared, which would include both the fifteenth and the sixteenth meetings of the CWG-COP.')
q('meeting', 'How many participants were at the 21st meeting of the working group in autumn 2024?',
  'In the twenty-first meeting, the Group of 129 participants discussed the contributions and information documents received.')
q('meeting', 'At the twenty-first meeting, what did the chair want done with what children said about helplines?',
  "He invited the Secretariat to share children's feedback on helplines with relevant parent organizations and the expert group of the Global Cybersecurity Index (GCI) for inclusion in child online protection questions.")
q('meeting', 'So many contributions came in for the October 2023 meeting that the chair floated an idea about meeting length. What was it?',
  'Consequently, he suggested the formulation of a recommendation to be presented with the goal of extending the allocated time for the Council Working Group to one and a half days.')
q('meeting', 'who chaired the 22nd meeting in feb 2025',
  'Approximately 191 participants, representing governments, private sector, civil society, academia, international and intergovernmental organizations, participated in the meeting, which was chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria).')
q('meeting', 'Which country raised questions about age verification toolkits at the twenty-second meeting?',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.')
q('meeting', "At the seventh plenary of the 2022 Council session, was everyone on board with changing the group's terms of reference?",
  'supported the recommendation that CWG-COP continue its work, and several said that its terms of reference should indeed be amended',
  'Two councillors, however, considered that the group should continue its work in its current form and under its current terms of reference.')
q('examples', 'Give me examples of child online safety work done through sport and sports coaches.',
  'Their collaboration with ITU has produced recommendations to support sports organizations in integrating online safeguarding policies, ultimately aiming to create a toolkit for sports coaches.',
  'Since 2020, they have partnered with the ITU to promote COP through sports, organizing workshops, webinars, and training sessions.')
q('examples', 'examples of countries that put child online protection into their national cybersecurity strategy',
  'The integration of the Child Online Protection guidelines into the "National Cybersecurity Strategy" underlines their comprehensive approach to online child protection.',
  'Chad’s National Cybersecurity Strategy recommends parental control standards, awareness campaigns, and integrating online safety education into schools and healthcare settings.',
  'In the Bahamas, a National Cybersecurity Strategy (2024) aims to embed cybersecurity education, strengthen law enforcement capabilities, and address legal gaps in child protection.')
q('examples', 'What are some examples of train-the-trainer programmes mentioned in the reports?',
  'Their initiatives focused on scoping trends and identifying gaps in child online safety, providing Training of Trainers (ToT) to social workers and education staff.',
  'In Malta, translated guidelines were officially presented during a national event, while the Maldives saw the implementation of a Training of Trainers for Educators.')
q('examples', "Any examples of work on children's rights and artificial intelligence?",
  'The Steering Committee for the Rights of the Child is also working on children’s rights in the context of artificial intelligence, conducting a mapping study and developing a child rights impact assessment tool for AI',
  'ITU initiated a collaboration with the Committee on the Rights of the Child to draft a Joint Statement on child protection in the context of AI')
q('examples', 'examples of named public awareness campaigns run by countries or regions',
  'A national information campaign, "Be Brave, Be Good," was launched in 2024 to engage the community and raise awareness, including activities such as children\'s competitions, sports events, and public landmarks illuminated with anti-violence messages.',
  'The Get Safe Online campaign and partnerships with UNODC, ITU, and UNICEF provide training, awareness programs, and cybersecurity capacity-building.')
q('examples', "I'm writing about youth participation. What examples are there of efforts to get children's and young people's views heard?",
  'Child participation efforts continued through collaboration with Western Sydney University, with consultation workshops held in Indonesia, Lebanon, and Malawi, and plans for Ecuador in early 2025.',
  'The representative also stated the importance of hearing the voice of the youth and therefore getting ITU partnered with a key organization working with young children.')
q('examples', 'examples of technical tools or standards for automatically detecting abuse material',
  'Technological solutions such as the Hash Database enable automated identification and removal of illegal content, including Child Sexual Abuse Material (CSAM) and harmful materials.',
  'The CG-COP has also fostered global stakeholder engagement, participated in events like the Global Age Assurance Standards Summit, and advocated for unified hash-matching standards to enhance content moderation.',
  'These features focus on user privacy and proactive detection methods that have led to numerous arrests.')
q('examples', 'What obstacles did countries or regions say were holding back their child online protection work? Examples please.',
  'The delegate stated that one major challenge they face was in bringing on board more NGOs.',
  'However, challenges such as limited funding, fragmented frameworks, and bureaucratic delays hinder progress.')
q('fact', "Where are the working group's terms of reference actually written down?",
  'The Terms of Reference for CWG-COP are specified in Annex 1 of the outcome of the 1st meeting.')
q('fact', 'how many children a year are affected by online sexual exploitation and abuse according to WeProtect',
  'The information document by WeProtect Global Alliance emphasized the urgent need for a multi-sector approach to combat online child sexual exploitation and abuse (CSEA), a growing global crisis affecting over 300 million children annually.')
q('fact', 'According to the Terre des Hommes research with kids and carers in 15 countries, do parents overestimate how well they can protect children online?',
  'The VOICE research (2024), involving nearly 500 children and caregivers across 15 countries, points out that children accept online risks as normal, while caregivers overestimate their ability to protect them.')
q('fact', 'what did the philippines want done with girls in ICT day celebrations?',
  'incorporating Child Online Protection discussions into all Girls in ICT celebrations of ITU Member States and using these events as platforms to increase awareness among girls and young women')
q('fact', 'In the 2018 youth consultation on digital literacy, which tech trends came out on top?',
  'The results indicated that the most common technological trends were Social media and the Internet of Things.')
q('keyword', 'g20 toolkit cyber education india',
  "India's contribution introduced the G20 Toolkit on Cyber Education and Cyber Awareness in collaboration with ITU.")
q('keyword', 'ICAT joint statement trafficking children',
  'ITU also contributed to the Inter-Agency Coordination Group Against Trafficking in Persons (ICAT), endorsing a Joint Statement on rising threats to children in trafficking.')
q('typo', 'wat is the child onlin safty index the dq insitute talked about',
  'The presentation by DQ institute was aimed at helping nations and stakeholders build and improve on their Child Online Safety Index strategies (COSI).')
q('typo', 'who submited the propsal to revise resolution 179 at the 14th meating',
  'The delegation from the Russian Federation presented the proposal on the revision on the Resolution 179 (Rev. Busan, 2014).',
  'The contribution was submitted by the Russian Federation, Republic of Armenia, Republic of Belarus, and Kyrgyz Republic.')
q('time', 'When will the gap analysis report on child online protection standards be discussed?',
  'The Vice Chair expressed the expectation that the gap analysis report prepared by the Correspondence Group on Child Online Protection (CG-COP) would be discussed at the next meeting in October 2025.',
  'It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting of the CWG COP.',
  'It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting of the CWG-COP.')
q('time', "when is the conference in georgia's capital where the joint statement on AI and children's rights is supposed to be finalised?",
  "A key milestone will be the Tbilisi Conference, which is to be held on March 10 to 12 in 2025, where stakeholders will finalize the document, ensuring global consensus to protect children's rights in AI-driven environments.")
q('unanswerable', 'How big was the fine the European Commission imposed on a platform under the Digital Services Act for failing to protect minors?')
q('unanswerable', "how much money did the world bank put into ITU's child online protection global programme")
q('unanswerable', "Was Australia's ban on social media for under-16s discussed at the February 2025 meeting?")
q('unanswerable', 'How many reports of child sexual abuse imagery did the Internet Watch Foundation process in 2017?')
q('unanswerable', "What was the working group's budget for 2024-2025 in Swiss francs?")

# A thirteenth batch of 40 (seventeenth session): 10 actors, 8 who, 6 facts, 2 time and 14 unanswerable
# questions made to look answerable. Run once before its one fix: recall@5 1.000, evidence 0.920,
# unanswerable abstained 1.000, wrongly abstained 0.038 ("Jan" in "(Jan 2021)" taken for a name).
q('actor', 'What did the Philippines propose in 2023 about the Girls in ICT celebrations?',
  'The resolution suggests maximizing the impact of the Girls in ICT initiative by incorporating Child Online Protection discussions into all Girls in ICT celebrations of ITU Member States')
q('actor', 'at the jan 2018 meeting what did the UAE delegate ask the ITU secretariat for',
  'enquire on whether there existed a link on the ITU website which had a repository of specific country case studies that could be used for reference later',
  'as well as whether there was a mechanism for reporting regional activities')
q('actor', "I'm preparing a briefing on tech platforms' role in child safety. What question were Meta put to during the 19th meeting's panel?",
  'During the interactive panel discussion, Meta and Snap.Inc were asked the following question: "How do you ensure children are protected and empowered through your online services?"')
q('actor', 'What digital service did Save the Children Finland present and what is it meant to do?',
  'The presentation on "Huippula," a digital service by Save The Children Finland, focused on the goal of enhancing children\'s digital well-being and safety competences to prevent and reduce harmful experiences in digital environments.')
q('actor', 'What concern did Canada raise at the February 2025 meeting?',
  'Canada raised concerns about the abusive use of cell phones in schools, suggested that "child-too-much-online" should be considered in future discussions on COP, which was supported by other meeting participants.')
q('actor', 'what did germany ask about in the 22nd meeting discussion',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.')
q('actor', 'Saudi Arabia proposal at the 17th CWG-COP meeting (Jan 2021)?',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
q('actor', 'Our ministry is looking at G20 work on cyber awareness. What did India present to the working group in October 2023?',
  "India's contribution introduced the G20 Toolkit on Cyber Education and Cyber Awareness in collaboration with ITU.",
  'This toolkit, informed by various measures adopted by G20 members, is designed to enhance knowledge sharing, identify key online risks for children and youth, provide mitigation response templates for policymakers, and offer essential takeaways.')
q('actor', "What has Pakistan's PTA produced in Urdu for child online protection?",
  'PTA has also developed local language content in Urdu, including translated guidebooks, awareness videos, and a complaint management system (CMS) for reporting child abuse online.')
q('actor', 'what did UNICEF tell the 2018 meeting it had set up on childrens privacy and free expresion?',
  'UNICEF has established an internet working group to discuss the best approaches to protecting children’s rights to online privacy and free expression.',
  'This is a UNICEF-led platform for companies and experts.')
q('who', 'Who chaired the 14th CWG-COP meeting in 2018?',
  'which was chaired by Mr Ibrahim Al Dabal (UAE)')
q('who', 'who opened the january 2018 meeting',
  'The Deputy Secretary-General of the ITU, Mr Malcolm Johnson, opened the meeting: he welcomed all the participants in the room and those online.')
q('who', "The chair wasn't present at the 22nd meeting I think - who ran it instead?",
  'which was chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria)')
q('who', 'Which delegation presented the proposal to revise Resolution 179 at the 2018 meeting, and who co-submitted it?',
  'The delegation from the Russian Federation presented the proposal on the revision on the Resolution 179 (Rev. Busan, 2014).',
  'The contribution was submitted by the Russian Federation, Republic of Armenia, Republic of Belarus, and Kyrgyz Republic.')
q('who', 'Who presented the results of the youth online consultation on digital literacy in 2018?',
  'the results of the youth online consultation on digital literacy were presented by the representative from RErights')
q('who', "which member states shared their experience in the 2023 'from theory to practice' special session?",
  'member states (Malawi, Armenia and Albania) sharing their experiences in implementing online child protection strategies, with a focus on challenges, outcomes, and success stories')
q('who', "Who funds Terre des Hommes' Safety for Children and their Rights Online initiative?",
  'This three-year initiative, running from 2022 to 2025, is funded by the Netherlands Postcode Lottery and operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya.')
q('who', 'who developed and who is funding the WISE KIDS e-learning programme on online radicalisation',
  'The information document by WISE KIDS introduced an innovative e-learning program, Preventing Online Radicalisation, developed by the organization in collaboration with Cardiff Council and funded by the UK Home Office.')
q('fact', 'How many participants took part in the twenty-first CWG-COP meeting?',
  'In the twenty-first meeting, the Group of 129 participants discussed the contributions and information documents received.')
q('time', 'when was the fifteenth meeting of the working group held',
  'The main results of the fifteenth meeting of the Council Working Group on Child Online Protection (CWG-COP), held on 26 September 2019, were:')
q('fact', 'How many contributions and participants did the 18th meeting (January 2022) have?',
  'The Chair noted the growth of the CWG-COP, with this meeting having the largest number of contributions (18 in total) and number of participants (more than 150) [since formation of the CWG].')
q('fact', "What is Bulgaria's national anti-violence awareness campaign called and when did it start?",
  'A national information campaign, "Be Brave, Be Good," was launched in 2024 to engage the community and raise awareness, including activities such as children\'s competitions, sports events, and public landmarks illuminated with anti-violence messages.')
q('fact', "how many young coaches were trained in the Scort Foundation's Ecuador webinar?",
  'In December 2024, a webinar in Ecuador trained 46 young coaches working with over 1,800 children, addressing risks like cyberbullying and exploitation.')
q('fact', 'How many tech companies are in the Tech Coalition allaince?',
  "In their presentation, the Tech Coalition introduced their alliance of 35 technology companies working collectively to ensure children's safety online.")
q('time', "When is the European Commission's privacy-preserving age verification system supposed to launch?",
  'a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026')
q('fact', 'A colleague at the Council of Europe mentioned the Lanzarote Convention. How many State parties does it have according to the 2025 report?',
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties and is monitored by the Lanzarote Committee through thematic rounds.')
q('unanswerable', 'How many participants attended the fifteenth CWG-COP meeting in September 2019?')
q('unanswerable', 'What is the budget amount allocated to CWG-COP for 2024-2025?')
q('unanswerable', 'what did Malawi present at the february 2025 CWG-COP meeting')
q('unanswerable', 'How many young people responded to the 2018 RErights online consultation on digital literacy?')
q('unanswerable', 'On what date was the twentieth meeting of CWG-COP held?')
q('unanswerable', 'Who is the co-convener of the Correspondence Group on Child Online Protection in SG17?')
q('unanswerable', "I'm evaluating the WISE KIDS radicalisation course for our council. How many parents and professionals have completed it so far?")
q('unanswerable', "What penalties does Chad's cybercrime law set for online child exploitation?")
q('unanswerable', "how many complaints has Pakistan's PTA complaint management system received about child abuse online")
q('unanswerable', 'What is the name of the Hungarian expert who presented at the 19th meeting?')
q('unanswerable', "Was the Philippines' merged COP resolution adopted when it was resubmitted in January 2024?")
q('unanswerable', "How many arrests has Snap's proactive CSEA detection led to, according to their 2023 presentation?")
q('unanswerable', 'how much money did the Netherlands Postcode Lottery give to the Terre des Hommes SCROL programme')
q('unanswerable', "What minimum age will the EU's age verification system check for?")

# A fourteenth batch of 50 (eighteenth session): 28 paraphrases, 8 examples, 4 time and 10 unanswerable,
# written by a helper from the reports alone. Run once before its fixes: recall@5 0.900, evidence 0.684,
# unanswerable abstained 0.900, wrongly abstained 0.050.
q('paraphrase', "how many primary school kids did the polish telecom regulator's 'click wisely' drive reach, and what's the goal for the next few years",
  'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
q('paraphrase', 'What holds youngsters back from becoming tech-savvy, according to the survey of young people?',
  'Main barriers to children’s digital literacy were limited digital literacy of teachers and inadequate access to devices.')
q('paraphrase', "I'm preparing a briefing on civil society engagement in North Africa. What difficulties did the Cairo government's national committee mention about getting charities on board?",
  'one major challenge they face was in bringing on board more NGOs. Another difficulty was in the fact that those NGOs willing to partner tended not focus solely on child online safety')
q('paraphrase', 'system hotlines use to pass abuse reports on to the international police organisation',
  'The organization has a system called ICCAM which allows hotlines to receive, assess and send reports to Interpol for intervention.')
q('paraphrase', 'Is there a simple tool that lets poorer countries set up a way for people to flag abuse pictures they find on the web?',
  'IWF establishes a reporting portal and works to equip resource-poor countries and territories with a simple solution for reporting child sexual abuse imagery online.')
q('paraphrase', "Did member states want the kids' safety group to work more closely with the organisation that runs internet domain names?",
  'Several councillors called for greater cooperation with the Internet Corporation for Assigned Names and Numbers (ICANN) and its Governmental Advisory Committee (GAC), particularly in relation to abuse of the domain-name system.')
q('paraphrase', "were there any councillors who objected to rewriting the group's mandate before the 2022 plenipot",
  'Two councillors, however, considered that the group should continue its work in its current form and under its current terms of reference.')
q('paraphrase', "Did the working group ask the development sector's expert group on household statistics about measuring kids' safety online?",
  'A second liaison statement was sent to ITU-D to request further information on EG-household Indicators and the related discussion on COP indicators.')
q('paraphrase', 'Is the kids online safety group supposed to coordinate with the other council group that handles internet public policy?',
  'to encourage CWG-COP to liaise with the Council Working Group on international Internet-related public policy issues (CWG-Internet), as appropriate')
q('paraphrase', 'what happens to what young people said about support hotlines',
  "He invited the Secretariat to share children's feedback on helplines with relevant parent organizations and the expert group of the Global Cybersecurity Index (GCI)")
q('paraphrase', 'Are the conversations with tech firms going to stay in a formal format or change?',
  'The meeting agreed that ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement.')
q('paraphrase', 'did the former head of state from the mediterranean island say the internet should be seen as an enemy of kids',
  "Notably, she underscored that despite our eagerness to protect children from online abuse, it's essential not to consider the web as an adversary but rather as an ally in this effort.")
q('paraphrase', 'Is there a phone or browser app from the UN telecom agency for teenagers about staying safe on the internet?',
  'Furthermore, was shared the development and launch of a Web App, "Ask me! Your online safety friend," tailored to children aged 13 to 17')
q('paraphrase', 'what is the emirati capital doing about screen time and ads aimed at toddlers',
  'initiatives such as guidelines for screen exposure and regulating online marketing targeting children')
q('paraphrase', "My minister wants to cite the group-of-twenty cyber education toolkit. Which earlier set of principles was it based on, and under which country's presidency were those agreed?",
  'The toolkit builds upon the "G20 High-Level Principles for Children Protection and Empowerment in the Digital Environment," endorsed under the Italian G20 Presidency')
q('paraphrase', 'how many recomendations did the french privacy watchdog publish on protecting minors',
  'The speaker presented how the organization had published eight recommendations to strengthen the protection of children online.')
q('paraphrase', "Did anyone propose making the working group's sessions longer than a single day?",
  'he suggested the formulation of a recommendation to be presented with the goal of extending the allocated time for the Council Working Group to one and a half days')
q('paraphrase', "Which countries does the Dutch charity-lottery-funded project on kids' rights on the internet run in?",
  'is funded by the Netherlands Postcode Lottery and operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya')
q('paraphrase', "how many people did the pakistani regulator's literacy drive with the short video app reach",
  'including the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools')
q('paraphrase', 'East African country looking at a special SIM for kids that blocks bad content',
  'exploring the introduction of a Child SIM Card to filter inappropriate content')
q('paraphrase', 'How many states are party to the European treaty against the sexual exploitation of kids, and since when has it been in force?',
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties and is monitored by the Lanzarote Committee through thematic rounds.')
q('paraphrase', "I work for a children's rights NGO and we're debating whether to push for more parental filtering tools. Did any group at the February meeting argue that filters and parental settings don't solve the real problem?",
  'Traditional safety measures, such as content blocking or parental controls, fail to address the root issue: digital platforms are not designed with children in mind')
q('paraphrase', 'in how many countries is sexual exploitation of kids online explicitly treated as a predicate offence for money laundering',
  'Their 2025 study indicates that there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime.')
q('paraphrase', 'Do parents think they can protect their kids online better than they really can?',
  'children accept online risks as normal, while caregivers overestimate their ability to protect them')
q('paraphrase', 'kids using phones too much at school - did any delegation raise it',
  'Canada raised concerns about the abusive use of cell phones in schools, suggested that "child-too-much-online" should be considered in future discussions on COP',
  "Key topics included concerns about the misuse of mobile phones in schools and technical solutions to manage children's excessive internet use and screen time")
q('paraphrase', "What's holding back the island nations of the West Indies in protecting young people on the internet?",
  'However, challenges such as limited funding, fragmented frameworks, and bureaucratic delays hinder progress.')
q('paraphrase', "is the UN children's agency looking into brain tech and kids rights",
  'UNICEF is also updating its AI for Children guidance and conducting research on neurotechnology and child rights.')
q('paraphrase', 'Is there an online course for parents on stopping teens being drawn into extremism, and is it available in Welsh? Who paid for it?',
  'developed by the organization in collaboration with Cardiff Council and funded by the UK Home Office',
  'Available in English and Welsh, the initiative seeks to empower parents and professionals to navigate the complexities of the digital world and protect young people from radicalisation.')
q('examples', 'what have countries done to tackle cyberbullying',
  'the delegate from Argentina highlighted the country’s efforts to raise awareness of the dangers of verbal and psychological bullying and cyberbullying. They have had several seminars on cyberbullying.',
  'the State Agency for Child Protection has established online safety guidelines, focusing on preventing online harassment',
  'The Alliance also organizes public awareness events, such as Anti-Cyberbullying Days and Digital Security Festivals, engaging over 500,000 participants.')
q('examples', 'Which countries have translated the COP guidelines or produced materials in their own national languages?',
  'the activities which included translating ITU Child Online Protection into Hungarian',
  'PTA has also developed local language content in Urdu, including translated guidebooks, awareness videos, and a complaint management system (CMS)',
  'In Malta, translated guidelines were officially presented during a national event')
q('examples', 'How have organisations used sport to protect children online?',
  'Their collaboration with ITU has produced recommendations to support sports organizations in integrating online safeguarding policies, ultimately aiming to create a toolkit for sports coaches.',
  'Since 2020, they have partnered with the ITU to promote COP through sports, organizing workshops, webinars, and training sessions.')
q('examples', 'examples of countries building child online protection into their national cybersecurity strategy',
  'The integration of the Child Online Protection guidelines into the "National Cybersecurity Strategy" underlines their comprehensive approach to online child protection.',
  'Chad’s National Cybersecurity Strategy recommends parental control standards, awareness campaigns, and integrating online safety education into schools and healthcare settings.',
  'In the Bahamas, a National Cybersecurity Strategy (2024) aims to embed cybersecurity education, strengthen law enforcement capabilities, and address legal gaps in child protection.')
q('examples', 'What have social media and tech companies told the group they do to keep kids safe on their platforms?',
  'Responses ranged from prioritizing age-appropriate content and robust moderation to offering privacy settings and parental controls.',
  "Snap also provided an overview of a Family Center for parents to monitor their teens' interactions on the platform.",
  'The Tech Coalition outlined their ongoing efforts, which include studying the issue, developing technology, sharing actionable information, and enhancing transparency')
q('examples', 'what have countries set up so children or the public can report online abuse (hotlines, helplines, complaint systems)?',
  'A key component of the program is child online protection, which includes digital-media literacy, training on online risks, and a National Safer Internet Centre Hotline for reporting abuse.',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.',
  'PTA has also developed local language content in Urdu, including translated guidebooks, awareness videos, and a complaint management system (CMS) for reporting child abuse online.')
q('examples', 'How have ITU and partners consulted children and young people directly about their online safety?',
  'Child participation efforts continued through collaboration with Western Sydney University, with consultation workshops held in Indonesia, Lebanon, and Malawi',
  'The Alliance’s #MyVoiceMyFuture campaign, which consulted 85 children and youth across nine countries, revealed their concerns about digital safety',
  'the results of the youth online consultation on digital literacy were presented by the representative from RErights')
q('examples', 'what have member states done for safer internet day',
  'the Safer Internet Day in Beheira Governorate (2016) and the Safer Internet Day in Port-Said Governorate (2017)',
  'Chad also participates in global initiatives like Safe Internet Day and Personal Data Protection Day, raising awareness about cyberbullying and digital privacy.',
  'Events like Safer Internet Day and social media awareness campaigns have further expanded outreach.')
q('time', "when was unicef's toolkit on children's online privacy and free expression due out",
  'protecting children’s rights to online privacy and free expression. This is a UNICEF-led platform for companies and experts. A toolkit on this is to be released in March 2018.')
q('time', 'When did ITU unveil its cartoon mascot for online safety?',
  'ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020.')
q('time', 'When is the standards gap analysis on child online protection expected to be discussed, first in the study group and then in the working group?',
  'It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting of the CWG-COP.',
  'It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting of the CWG COP.')
q('time', "When is the Georgian capital conference meant to finalise the joint statement on AI and children's rights?",
  'A key milestone will be the Tbilisi Conference, which is to be held on March 10 to 12 in 2025, where stakeholders will finalize the document')
q('unanswerable', "what did japan's communications ministry present to the child online protection working group")
q('unanswerable', 'How much money did ITU spend on the COP Global Programme in 2024-2025?')
q('unanswerable', 'who chaired the twentieth meeting of CWG-COP')
q('unanswerable', "What did Australia's eSafety Commissioner tell the group about its minimum age for social media accounts?")
q('unanswerable', 'Was the merged Philippines resolution on COP and Girls in ICT adopted when it was resubmitted in January 2024?')
q('unanswerable', 'How many reports of child sexual abuse imagery did the IWF process in 2017?')
q('unanswerable', 'what percentage of polish kids in the 2022 consumer survey said they had been cyberbullied')
q('unanswerable', 'Which logo design did the working group finally pick for its visual identity?')
q('unanswerable', 'How many tech companies took part in the first ITU Industry Connect quarterly session?')
q('unanswerable', "up to what age would tanzania's proposed child sim card apply")


# A fifteenth batch of 50 (eighteenth session): 14 meeting, 8 facts, 10 paraphrases, 6 who, 2 keyword and
# 10 unanswerable. Run once before its fixes: recall@5 0.950, evidence 0.811, unanswerable abstained 0.700,
# wrongly abstained 0.075.
q('meeting', 'What did participants at the January 2018 meeting agree to do about the group logo the Chair proposed?',
  'The participants agreed to send the comments on the logo to the secretariat via email.',
  'The Chair also presented the idea of giving an identity to the group – he presented the logo and requested participants to give inputs on the proposal.')
q('meeting', "I'm compiling national case studies for our ministry. At the 14th CWG-COP meeting, was anything agreed about a place to collect what different countries are doing?",
  'The participants agreed on the need to have an online repository of country efforts. The secretariat will discuss possible options in agreement with the Chair of the Group.',
  'A proposal was put forward requesting that ITU set up a link on its website to showcase studies or best practices to which stakeholders could refer to when needed.')
q('meeting', 'liaison statements sent after the September 2019 session',
  'A first liaison statement was sent to ITU-D Study Group 2 to inform delegations on the work of the Guidelines and ensure a more participatory process.',
  'A second liaison statement was sent to ITU-D to request further information on EG-household Indicators and the related discussion on COP indicators.')
q('meeting', 'what were the main results of the 16th meeting (feb 2020)',
  'The main results of the sixteenth meeting of the Council Working Group on Child Online Protection, held on 4 February 2020, were:',
  'The Chair stated that a report would be prepared, which would include both the fifteenth and the sixteenth meetings of the CWG-COP.')
q('meeting', 'At the seventeenth meeting in January 2021, what did the Chair say about involving the ITU regional offices and the ITU-D study group?',
  'The Chair recommended engaging ITU Regional Offices in the CWG-COP and related meetings.',
  'The Chair finally invited the CWG-COP membership to contribute to the work of the ITU-D SG2 related to COP.')
q('meeting', 'How big was the 18th meeting in January 2022 in terms of contributions and participants?',
  'The Chair noted the growth of the CWG-COP, with this meeting having the largest number of contributions (18 in total) and number of participants (more than 150)')
q('meeting', 'The Philippines brought two draft resolutions to the October 2023 meeting. What was decided about them in the end?',
  'the chair proposed that the Republic of the Philippines consider offline feedback from all contributors and merge the two resolutions, offering the possibility of resubmitting one in January.',
  'the Philippines consider the comments and suggestions from contributors and merge the two resolutions into a single one for resubmission in January.')
q('meeting', 'did the nineteenth meeting recommend making the working group meetings longer',
  'he suggested the formulation of a recommendation to be presented with the goal of extending the allocated time for the Council Working Group to one and a half days.')
q('meeting', 'What was covered in the special session at the 2023 CWG-COP meeting, and which member states shared their experience there?',
  'The special session discussion called “from theory to practice” covered key topics, including member states (Malawi, Armenia and Albania) sharing their experiences in implementing online child protection strategies')
q('meeting', 'At the 21st meeting (Sept/Oct 2024), what was agreed about how ITU would hold its dialogues with the ICT industry from now on?',
  'The meeting agreed that ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement.')
q('meeting', 'what did the twenty-first meeting focus its discussions on and how many people attended',
  'In the twenty-first meeting, the Group of 129 participants discussed the contributions and information documents received. Discussions focused on strengthening multi-stakeholder cooperation, enhancing child participation, and improving coordination with ITU study groups.')
q('meeting', "During the Feb 2025 meeting, delegates commented on the Secretariat's concept note for the quarterly industry discussion series. What changes were they asking for?",
  'the Secretariat was invited to edit the Concept Note according to the comments received, which include referring to ITU Resolution 179 (Rev. Bucharest, 2022) and Resolution 67 (Rev. Dubai, 2014)',
  'the Secretariat was invited to update the Concept Note based on feedback, including references to ITU Resolutions 179 and 67, engagement of children, accessibility through sign language, and regional participation.')
q('meeting', 'According to the twenty-second meeting, when will the CG-COP gap analysis report come back to the working group?',
  'The Vice Chair expressed the expectation that the gap analysis report prepared by the Correspondence Group on Child Online Protection (CG-COP) would be discussed at the next meeting in October 2025.',
  'It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting of the CWG-COP.')
q('meeting', 'What did the 2022 session of Council decide to do with the CWG-COP four-year report?',
  'The Council agreed to submit the report contained in Document C22/64 to the Plenipotentiary Conference, along with the summary record of the meeting')
q('fact', "How many children did Poland's I click sensibly campaign reach in 2017, and what is the target for 2021?",
  'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
q('fact', 'tanzania child helpline number',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.')
q('fact', 'How many State parties does the Lanzarote Convention currently have?',
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties and is monitored by the Lanzarote Committee through thematic rounds.')
q('fact', "According to ICMEC's 2025 study, how many countries explicitly list online child sexual exploitation as a predicate crime?",
  'Their 2025 study indicates that there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime.')
q('fact', 'How many tech companies belong to the Tech Coalition?',
  "the Tech Coalition introduced their alliance of 35 technology companies working collectively to ensure children's safety online.")
q('fact', 'Who funds the Terre des Hommes Safety for Children and their Rights Online programme, and in which countries does it run?',
  'This three-year initiative, running from 2022 to 2025, is funded by the Netherlands Postcode Lottery and operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya.')
q('fact', 'whats the name of the ITU COP mascot and when was it lanched',
  'ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020.')
q('fact', 'When is the Tbilisi Conference for the joint statement on AI and child rights taking place?',
  'A key milestone will be the Tbilisi Conference, which is to be held on March 10 to 12 in 2025')
q('paraphrase', 'How many organisations signed the Russian industry pledge on treating kids ethically on the internet?',
  'Key initiatives include the Digital Childhood Ethics Charter, signed by 13,000+ organizations, advocating for proactive content moderation')
q('paraphrase', 'Is there any course for mums and dads on stopping teenagers from getting pulled into extremist views on the web?',
  'This program, set to launch in March 2025, aims to equip parents, carers, and early help professionals with the knowledge and tools to prevent online radicalisation among young people.')
q('paraphrase', 'What role can banks and payment companies play against the sexual exploitation of kids on the internet?',
  'ICMEC’s Financial Coalition Against Child Sexual Exploitation (FCACSE), launched in 2006, unites financial institutions, technology partners, and law enforcement to disrupt OCSE’s economic infrastructure')
q('paraphrase', 'Has ITU built anything kids and teenagers can use themselves, like an app or a game, to learn about staying safe on the internet?',
  'a Web App, "Ask me! Your online safety friend," tailored to children aged 13 to 17, and introduced an online game')
q('paraphrase', 'did any country mention special phone SIMs for children that block unsuitable stuff',
  'exploring the introduction of a Child SIM Card to filter inappropriate content')
q('paraphrase', "Which small Pyrenean country is setting up a government office focused on kids' tech habits and mental health online?",
  'A key initiative is the establishment of Digital Skills and Wellbeing Office, which will coordinate national efforts, implement policies, and collaborate internationally.')
q('paraphrase', 'Is anyone using football and other youth athletics coaches to teach kids about the dangers of the internet?',
  'In December 2024, a webinar in Ecuador trained 46 young coaches working with over 1,800 children, addressing risks like cyberbullying and exploitation.',
  'Their collaboration with ITU has produced recommendations to support sports organizations in integrating online safeguarding policies, ultimately aiming to create a toolkit for sports coaches.',
  'In Ecuador, a training webinar for young coaches was held in partnership with the Scort Foundation, integrating child online protection into sports.')
q('paraphrase', 'Councillors apparently wanted closer work with the body that coordinates web addresses. What was that about?',
  'Several councillors called for greater cooperation with the Internet Corporation for Assigned Names and Numbers (ICANN) and its Governmental Advisory Committee (GAC), particularly in relation to abuse of the domain-name system.',
  'request that the Secretary-General report to the Council on ICANN and GAC activities related to child online protection.')
q('paraphrase', 'According to the young people surveyed, what is holding kids back from getting good at using computers and the internet?',
  'Main barriers to children’s digital literacy were limited digital literacy of teachers and inadequate access to devices.')
q('paraphrase', 'How is Brussels planning to check how old users are without harming their privacy, and on what timeline?',
  'a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026')
q('who', 'who opened the 14th meeting',
  'The Deputy Secretary-General of the ITU, Mr Malcolm Johnson, opened the meeting: he welcomed all the participants in the room and those online.')
q('who', 'Which countries were behind the proposal to revise Resolution 179 that was presented at the 2018 meeting?',
  'The contribution was submitted by the Russian Federation, Republic of Armenia, Republic of Belarus, and Kyrgyz Republic.',
  'CWG-COP-14/3: Proposal on revision of the Resolution 179 (Rev. Busan, 2014): ITU’s role in child online protection from Russian Federation, Armenia, Belarus, and Kyrgyzstan')
q('who', 'which countries spoke up after the Philippines presented its resolutions in 2023',
  'several countries, including Russia, Iran, Canada, Indonesia, the US, the UAE, and South Africa, engaged in discussions')
q('who', 'Who raised the concern about children overusing cell phones at school, and what did they suggest the group should look at?',
  'Canada raised concerns about the abusive use of cell phones in schools, suggested that "child-too-much-online" should be considered in future discussions on COP')
q('who', 'What did Germany ask about at the 22nd meeting?',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.')
q('who', 'Who said at the 19th meeting that we should see the web as an ally rather than an adversary?',
  'The former president of Malta expressed the importance of sharing best practices and stressed the need to empower those working with children.',
  "it's essential not to consider the web as an adversary but rather as an ally in this effort.")
q('keyword', 'Huippula Save the Children Finland',
  'The presentation on "Huippula," a digital service by Save The Children Finland, focused on the goal of enhancing children\'s digital well-being and safety competences')
q('keyword', 'ICCAM hotline reports Interpol',
  'The organization has a system called ICCAM which allows hotlines to receive, assess and send reports to Interpol for intervention.')
q('unanswerable', 'What were the outcomes of the twentieth CWG-COP meeting held in early 2024?')
q('unanswerable', 'How many participants attended the 16th meeting in February 2020?')
q('unanswerable', 'The Council report says the 21st-22nd meetings were within the allocated budget 2024-2025. What was the actual amount in Swiss francs?')
q('unanswerable', 'what did brazil present at the 19th meeting')
q('unanswerable', "I'm writing a case study on Albania's pilot of the ITU global COP programme. Exactly how many children and teachers were trained under the pilot?")
q('unanswerable', 'On what date was the 1st meeting of CWG-COP held, where the terms of reference were adopted?')
q('unanswerable', 'how many young people responded to the RErights online consultation on digital literacy before the 14th meeting')
q('unanswerable', 'When and where will the CWG-COP meet in 2026?')
q('unanswerable', 'What percentage of Polish children reported being cyberbullied in the 2022 UKE consumer survey presented at the October 2023 meeting?')
q('unanswerable', 'What was the name of the person who chaired CWG-COP during the 15th to 18th meetings (2019-2022)?')


# A sixteenth batch of 56 (eighteenth session): 8 facts, 8 actors, 10 paraphrases, 8 examples, 6 multi,
# 4 time and 12 unanswerable. Run once before its fixes: recall@5 0.932, evidence 0.795, unanswerable
# abstained 0.833, wrongly abstained 0.000.
q('fact', 'How many technology companies are part of the Tech Coalition alliance?',
  "the Tech Coalition introduced their alliance of 35 technology companies working collectively to ensure children's safety online")
q('fact', 'lanzarote convetion how many state parties',
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties and is monitored by the Lanzarote Committee through thematic rounds.')
q('fact', 'What is the name of the ITU child online protection mascot?',
  'ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020.')
q('fact', "How many children took part in Poland's 'I click sensibly' campaign in 2017, and what was the target?",
  'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
q('fact', 'how many children and young people were consulted in the #MyVoiceMyFuture campaign',
  'The Alliance’s #MyVoiceMyFuture campaign, which consulted 85 children and youth across nine countries, revealed their concerns about digital safety')
q('fact', "Who funds the Terre des Hommes 'Safety for Children and their Rights Online' programme?",
  'This three-year initiative, running from 2022 to 2025, is funded by the Netherlands Postcode Lottery and operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya.')
q('fact', "I'm looking for the name of the ITU web app aimed at teenagers aged 13 to 17 - what is it called?",
  'Furthermore, was shared the development and launch of a Web App, "Ask me! Your online safety friend," tailored to children aged 13 to 17')
q('fact', 'Digital Childhood Ethics Charter number of signatories',
  'Key initiatives include the Digital Childhood Ethics Charter, signed by 13,000+ organizations, advocating for proactive content moderation')
q('actor', 'What did Germany ask about at the 22nd CWG-COP meeting?',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.')
q('actor', 'what did saudi arabia propose to the working group',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
q('actor', 'iwf contribution reporting portal for countries without a hotline',
  'IWF establishes a reporting portal and works to equip resource-poor countries and territories with a simple solution for reporting child sexual abuse imagery online.')
q('actor', 'What has the Pakistan Telecommunication Authority done on digital literacy for kids, and who did they partner with?',
  'including the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools.')
q('actor', 'I follow the Resolution 179 negotiations for my delegation. Which proposal did the Russian Federation bring to the CWG-COP in 2018, and who co-signed it?',
  'The delegation from the Russian Federation presented the proposal on the revision on the Resolution 179 (Rev. Busan, 2014).',
  'The contribution was submitted by the Russian Federation, Republic of Armenia, Republic of Belarus, and Kyrgyz Republic.')
q('actor', 'What did India present to the group in 2023?',
  "India's contribution introduced the G20 Toolkit on Cyber Education and Cyber Awareness in collaboration with ITU.")
q('actor', 'snap inc safety features parents',
  "Snap also provided an overview of a Family Center for parents to monitor their teens' interactions on the platform.")
q('actor', 'what is unicef doing on childrens online privacy and free expression',
  'UNICEF has established an internet working group to discuss the best approaches to protecting children’s rights to online privacy and free expression.')
q('paraphrase', 'Is any organisation building an online course to help mums, dads and social workers stop teenagers being drawn into extremist ideas? When does it go live?',
  'This program, set to launch in March 2025, aims to equip parents, carers, and early help professionals with the knowledge and tools to prevent online radicalisation among young people.')
q('paraphrase', 'who talked about banks and payment firms helping to cut off the money behind the sexual abuse of kids on the internet',
  'unites financial institutions, technology partners, and law enforcement to disrupt OCSE’s economic infrastructure through a "detect, report, disrupt" approach.')
q('paraphrase', 'Did any delegation worry about pupils overusing their handsets during the school day?',
  'Canada raised concerns about the abusive use of cell phones in schools, suggested that "child-too-much-online" should be considered in future discussions on COP')
q('paraphrase', 'Is there an Arabic-language website with games and guides to teach children about staying safe on the net?',
  'The Wa3i.net platform developed within the initiative offers specialized content, interactive games, guidebooks, and online safety training in Arabic.')
q('paraphrase', 'was it said that british schools spend more effort educating parents than their own teachers',
  'staff training is consistently a weak part of the education curriculum as schools spend a lot more time in the UK training parents and not members of staff.')
q('paraphrase', "Because so many documents get submitted, did anyone suggest making the group's sessions longer than a single day?",
  'he suggested the formulation of a recommendation to be presented with the goal of extending the allocated time for the Council Working Group to one and a half days.')
q('paraphrase', 'According to the survey of young people, what holds kids back from becoming skilled with technology?',
  'Main barriers to children’s digital literacy were limited digital literacy of teachers and inadequate access to devices.')
q('paraphrase', 'any country thinking about a special phone line subscription for minors that blocks unsuitable material',
  'Ongoing initiatives such as developing a Child Online Protection Strategy and exploring the introduction of a Child SIM Card to filter inappropriate content.')
q('paraphrase', "Did research find that parents and guardians think they're better at keeping kids safe online than they actually are?",
  'points out that children accept online risks as normal, while caregivers overestimate their ability to protect them.')
q('paraphrase', 'who argued that the web and apps were never built with young users in mind',
  "However, it emphasized that the internet was not originally designed with children's safety as a primary consideration.",
  'Traditional safety measures, such as content blocking or parental controls, fail to address the root issue: digital platforms are not designed with children in mind')
q('examples', 'What have countries done to translate the ITU COP guidelines into their own languages?',
  'provided an overview on the activities which included translating ITU Child Online Protection into Hungarian, conducting online lectures, organizing contests',
  'It was also mentioned the launch and roll-out of the translation ITU Child Online Protection Guidelines into national languages.',
  'PTA has also developed local language content in Urdu, including translated guidebooks, awareness videos, and a complaint management system (CMS) for reporting child abuse online.')
q('examples', 'any examples of Safer Internet Day events',
  'The major events were the ITU Regional Workshop- COP Regional strategy (2015), the Safer Internet Day in Beheira Governorate (2016) and the Safer Internet Day in Port-Said Governorate (2017).',
  'Chad also participates in global initiatives like Safe Internet Day and Personal Data Protection Day, raising awareness about cyberbullying and digital privacy.')
q('examples', 'What work is being done on age verification for children online?',
  'a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026',
  'This report highlights critical gaps, such as the lack of comprehensive standards for age verification and the challenges posed by end-to-end encryption in detecting child sexual abuse material.',
  "technical solutions to manage children's excessive internet use and screen time, such as end-to-end encryption and age verification toolkits")
q('examples', 'examples of hotlines or systems for reporting child sexual abuse material',
  'The organization has a system called ICCAM which allows hotlines to receive, assess and send reports to Interpol for intervention.',
  'A key component of the program is child online protection, which includes digital-media literacy, training on online risks, and a National Safer Internet Centre Hotline for reporting abuse.',
  'The government collaborates with Internet Service Providers (ISPs) and tech companies to monitor harmful content, develop AI-based detection tools, and enhance public reporting platforms.')
q('examples', 'Has anything been done to bring child online protection into sports and coaching?',
  'Their collaboration with ITU has produced recommendations to support sports organizations in integrating online safeguarding policies, ultimately aiming to create a toolkit for sports coaches.',
  'In Ecuador, a training webinar for young coaches was held in partnership with the Scort Foundation, integrating child online protection into sports.')
q('examples', 'I run teacher training in a ministry of education. Are there examples of training-of-trainers programmes on child online safety that members have reported?',
  'Their initiatives focused on scoping trends and identifying gaps in child online safety, providing Training of Trainers (ToT) to social workers and education staff.',
  'The initiative has successfully conducted workshops, Training of Trainers (ToT) programs, and awareness campaigns, reaching thousands of beneficiaries.',
  'In Malta, translated guidelines were officially presented during a national event, while the Maldives saw the implementation of a Training of Trainers for Educators.')
q('examples', "what are organisations doing about artificial intelligence and children's rights",
  "a collaborative effort led by ITU and UNCRC to address the lack of global legal norms on children's rights in the AI era",
  'conducting a mapping study and developing a child rights impact assessment tool for AI, complementing the Council’s guidance on the Framework Convention on AI.')
q('examples', 'Which countries have put child online protection into their national cybersecurity strategy?',
  'The integration of the Child Online Protection guidelines into the "National Cybersecurity Strategy" underlines their comprehensive approach to online child protection.',
  'In the Bahamas, a National Cybersecurity Strategy (2024) aims to embed cybersecurity education, strengthen law enforcement capabilities, and address legal gaps in child protection.',
  'Chad’s National Cybersecurity Strategy recommends parental control standards, awareness campaigns, and integrating online safety education into schools and healthcare settings.')
q('multi', "What has Poland's UKE presented to CWG-COP over the years?",
  'The contribution from UKE in Poland focused on the educational campaign “I click sensibly”, which targets primary school pupils, parents and teachers.',
  "they highlighted two significant UKE projects aimed at children's online protection: #keepCTRL / I click sensibly and Spoofie - learning through play.")
q('multi', 'egypt child online protection activities reported to the working group',
  'The representative from Egypt presented the activities of Egypt’s National Committee for Child online protection in the last two years.',
  'a national effort led by the Egyptian Ministry of Communication and Information Technology (MCIT) to enhance e-safety for children online.')
q('multi', 'What has the French data protection authority (CNIL) shared with the group?',
  'The speaker presented how the organization had published eight recommendations to strengthen the protection of children online.',
  'Key initiatives include interactive tools like the Incollables® quiz, the Digital Guardians game, and manga-style educational content, addressing topics such as privacy, cyberbullying, misinformation, and data protection.')
q('multi', 'How has CWG-COP coordinated with ITU-D Study Group 2?',
  'A first liaison statement was sent to ITU-D Study Group 2 to inform delegations on the work of the Guidelines and ensure a more participatory process.',
  'ITU Plenipotentiary Conference 2022 highlighted the importance of coordinating COP-related activities between ITU-D SG2 Q3/2 and CWG-COP.',
  'The meeting agreed that the outcomes of this meeting and the January 2025 CWG-COP meeting would be sent to ITU-D Study Group 2 Question 3/2 for consideration.')
q('multi', 'who has chaired the cwg-cop meetings',
  'participated both physically and remotely in the meeting, which was chaired by Mr Ibrahim Al Dabal (UAE).',
  'participated in the meeting, which was chaired by Mr Abdelaziz Alzarooni (UAE).',
  'participated in the meeting, which was chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria).')
q('multi', "As a researcher on multistakeholder governance, I'd like to know how the group has tried to get tech companies and the private sector more involved in its work.",
  'The Union’s COP partners, in particular international organizations and private-sector actors, were invited to contribute regularly to the work of the group',
  'The meeting agreed that ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement.',
  'These sessions will focus on specific sectors such as AI-driven platforms, social media, gaming, streaming services, and educational technology')
q('time', 'How has attendance at CWG-COP meetings changed since 2018?',
  'Approximately 50 participants, representing governments, private sector, civil society, academia, and international and intergovernmental organizations',
  'this meeting having the largest number of contributions (18 in total) and number of participants (more than 150)',
  'Approximately 191 participants, representing governments, private sector, civil society, academia, international and intergovernmental organizations')
q('time', 'When will Study Group 17 discuss the CG-COP gap analysis report?',
  'It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting of the CWG COP.')
q('time', 'when is the tbilisi conference on the AI and child rights joint statment',
  'A key milestone will be the Tbilisi Conference, which is to be held on March 10 to 12 in 2025')
q('time', 'What date was the sixteenth CWG-COP meeting?',
  'The main results of the sixteenth meeting of the Council Working Group on Child Online Protection, held on 4 February 2020, were:')
q('unanswerable', 'What is the exact amount in Swiss francs of the budget allocated to CWG-COP for 2024-2025?')
q('unanswerable', 'how many participants attended the 20th cwg-cop meeting')
q('unanswerable', 'What did Brazil present at the CWG-COP meetings?')
q('unanswerable', "How many children have played the Sango's Adventure online game since it was launched?")
q('unanswerable', "What penalties for online child abuse were added to Tanzania's Cybercrimes Act by the 2024 amendment?")
q('unanswerable', "Which six countries list OCSE as a predicate crime in ICMEC's 2025 study?")
q('unanswerable', 'How many reports of child sexual abuse imagery did the Internet Watch Foundation process in 2017?')
q('unanswerable', "Was the Philippines' merged resolution on child online protection adopted after it was resubmitted in January 2024?")
q('unanswerable', "I'm booking travel for our delegation - on what dates is the World Telecommunication Development Conference in Azerbaijan taking place?")
q('unanswerable', 'what did the secretary-generals report to council on ICANN and GAC child protection activities conclude')
q('unanswerable', 'How much funding did the UK Home Office give WISE KIDS for the online radicalisation e-learning programme?')
q('unanswerable', 'How many young people responded to the RErights online consultation on digital literacy?')


# A seventeenth batch of 60 (nineteenth session), paraphrases foremost: 24 paraphrases, 8 meeting questions,
# 6 facts, 6 examples, 4 time and 12 unanswerable. Run once before its fixes: recall@5 0.917, evidence 0.745,
# unanswerable abstained 0.917, wrongly abstained 0.021.
q('paraphrase', 'how does the UK abuse-image hotline help poorer countries let people report pictures',
  'works to equip resource-poor countries and territories with a simple solution for reporting child sexual abuse imagery online')
q('paraphrase', 'what holds kids back from becoming skilled and confident with technology, according to the youth survey?',
  'Main barriers to children’s digital literacy were limited digital literacy of teachers and inadequate access to devices.')
q('paraphrase', 'egypt committee struggling to get charities involved',
  'one major challenge they face was in bringing on board more NGOs',
  'those NGOs willing to partner tended not focus solely on child online safety')
q('paraphrase', "I'm researching safeguarding in schools. Did the British internet safety organisation say anything about schools putting more effort into educating mums and dads than their own teachers?",
  'schools spend a lot more time in the UK training parents and not members of staff')
q('paraphrase', 'how do the abuse-reporting hotlines pass cases on to the international police organisation',
  'ICCAM which allows hotlines to receive, assess and send reports to Interpol for intervention')
q('paraphrase', 'is there an ITU phone application for teenagers about staying safe on the internet',
  '"Ask me! Your online safety friend," tailored to children aged 13 to 17')
q('paraphrase', 'chair wanted the working group sessions to run longer - by how much?',
  'extending the allocated time for the Council Working Group to one and a half days')
q('paraphrase', 'what was Manila asked to do with its two draft texts after the discussion',
  'merge the two resolutions into a single one for resubmission in January')
q('paraphrase', 'How many pieces of advice did the French privacy watchdog put out on keeping young people safe on the web?',
  'published eight recommendations to strengthen the protection of children online')
q('paraphrase', "finnish charity's online tool for kids' wellbeing",
  "a digital service by Save The Children Finland, focused on the goal of enhancing children's digital well-being and safety competences")
q('paraphrase', 'pakistan regulator filtering for parents done by the operators themselves',
  'PTA’s network-level parental control initiative aims to centralize online safety measures')
q('paraphrase', 'Does Tanzania have a number children can ring at any hour if something goes wrong?',
  'The 116-child helpline provides confidential, 24/7 support')
q('paraphrase', 'tanzania special mobile card for kids that blocks unsuitable stuff',
  'exploring the introduction of a Child SIM Card to filter inappropriate content')
q('paraphrase', 'What is slowing down the small island nations of the West Indies in keeping children safe online?',
  'challenges such as limited funding, fragmented frameworks, and bureaucratic delays hinder progress')
q('paraphrase', "russian industry code of conduct on children's content - how many organisations signed up",
  'Digital Childhood Ethics Charter, signed by 13,000+ organizations')
q('paraphrase', 'What did the Canadian delegation raise about pupils and their mobiles in class?',
  'Canada raised concerns about the abusive use of cell phones in schools',
  'suggested that "child-too-much-online" should be considered in future discussions on COP')
q('paraphrase', 'what holes did the study group 17 team find in the current technical norms for protecting kids',
  'the lack of comprehensive standards for age verification and the challenges posed by end-to-end encryption in detecting child sexual abuse material')
q('paraphrase', "why does 5Rights think filters and parent-side controls aren't enough",
  'Traditional safety measures, such as content blocking or parental controls, fail to address the root issue: digital platforms are not designed with children in mind')
q('paraphrase', "I work on financial crime. How many countries' anti-money-laundering laws explicitly treat online child sexual exploitation as an underlying offence?",
  'only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime')
q('paraphrase', 'do children just see danger on the internet as part of life, and are parents too confident?',
  'children accept online risks as normal, while caregivers overestimate their ability to protect them')
q('paraphrase', 'council members wanting ITU to work more closely with the body that runs web addresses',
  'Several councillors called for greater cooperation with the Internet Corporation for Assigned Names and Numbers (ICANN)',
  'particularly in relation to abuse of the domain-name system')
q('paraphrase', "Was every councillor in favour of rewriting the group's mandate?",
  'Two councillors, however, considered that the group should continue its work in its current form and under its current terms of reference.')
q('paraphrase', 'who drew up the ITU cartoon figure for kids',
  'It had been created and designed by children')
q('paraphrase', "which countries does the Dutch lottery-funded children's rights online programme run in",
  'funded by the Netherlands Postcode Lottery and operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya')
q('meeting', 'How many people attended the 14th meeting?',
  'Approximately 50 participants')
q('meeting', 'who chaired the nineteenth meeting of CWG-COP',
  'chaired by Mr Abdelaziz Alzarooni (UAE)')
q('meeting', 'Who chaired the February 2025 meeting?',
  'chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria)')
q('meeting', 'what date was the fifteenth meeting held',
  'held on 26 September 2019')
q('meeting', 'How many contributions did the 18th meeting receive?',
  'largest number of contributions (18 in total)')
q('meeting', 'number of participants at the twenty-first meeting',
  'the Group of 129 participants')
q('meeting', 'What did Saudi Arabia propose at the January 2021 meeting?',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
q('meeting', 'who opened the 14th meeting in January 2018',
  'The Deputy Secretary-General of the ITU, Mr Malcolm Johnson, opened the meeting')
q('fact', "How many children took part in Poland's 'I click sensibly' campaign in 2017?",
  'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
q('fact', 'how many companies are in the Tech Coalition',
  'alliance of 35 technology companies')
q('fact', 'How many State parties does the Lanzarote Convention have?',
  'currently has 48 State parties')
q('fact', "when was ICMEC's financial coalition launched",
  'ICMEC’s Financial Coalition Against Child Sexual Exploitation (FCACSE), launched in 2006')
q('fact', 'How many young coaches were trained in the Ecuador webinar?',
  'trained 46 young coaches working with over 1,800 children')
q('fact', 'Bulgaria national programme target reduction in violence percentage',
  'a 20% reduction in violence')
q('examples', 'What have countries done to raise awareness about cyberbullying?',
  'They have had several seminars on cyberbullying.',
  'raising awareness about cyberbullying and digital privacy',
  'Anti-Cyberbullying Days and Digital Security Festivals')
q('examples', 'any examples of using sport to teach children about online safety?',
  'Their collaboration with ITU has produced recommendations to support sports organizations in integrating online safeguarding policies',
  'In Ecuador, a training webinar for young coaches was held in partnership with the Scort Foundation, integrating child online protection into sports.')
q('examples', 'examples of games or quizzes used to teach kids about internet safety',
  '"Sango’s Adventure: Discover Online Safety," designed for children aged 9 to 12',
  'interactive tools like the Incollables® quiz, the Digital Guardians game, and manga-style educational content')
q('examples', 'Which countries have built child online protection into their national cybersecurity strategy?',
  'The integration of the Child Online Protection guidelines into the "National Cybersecurity Strategy"',
  'Chad’s National Cybersecurity Strategy recommends parental control standards',
  'In the Bahamas, a National Cybersecurity Strategy (2024) aims to embed cybersecurity education')
q('examples', 'what have countries done to produce online safety material in their own languages',
  'PTA has also developed local language content in Urdu',
  'translating ITU Child Online Protection into Hungarian',
  'online safety training in Arabic')
q('examples', 'examples of governments partnering with tech companies or ISPs on child online protection',
  'partnered with TikTok, which has impacted 150,000 individuals in 40 schools',
  'The government collaborates with Internet Service Providers (ISPs) and tech companies to monitor harmful content')
q('time', "when will the standards gap analysis report be discussed, what's the timeline?",
  'It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting of the CWG COP.',
  'would be discussed at the next meeting in October 2025')
q('time', "When is the joint statement on AI and children's rights expected to be finalised?",
  'Tbilisi Conference, which is to be held on March 10 to 12 in 2025',
  'submitted for adoption by the Committee in 2025')
q('time', 'How has attendance at CWG-COP meetings changed over the years?',
  'Approximately 50 participants',
  'number of participants (more than 150)',
  'Approximately 191 participants')
q('time', 'when do the ITU Industry Connect quarterly sessions start',
  'The sessions will be held virtually, beginning in 2025')
q('unanswerable', 'How much money in Swiss francs was allocated to CWG-COP for 2024-2025?')
q('unanswerable', "How many calls did Tanzania's 116 child helpline receive in 2024?")
q('unanswerable', 'What fines has the European Commission imposed on platforms under the DSA for failing to protect minors?')
q('unanswerable', 'who chaired the twentieth meeting of CWG-COP')
q('unanswerable', "Was the Philippines' merged draft resolution on child online protection adopted after it was resubmitted in January?")
q('unanswerable', 'How many reports of child sexual abuse imagery did the Internet Watch Foundation process in 2017?')
q('unanswerable', 'what age verification law has Germany passed')
q('unanswerable', "What is the penalty under Tanzania's amended Cybercrimes Act for distributing child sexual abuse material?")
q('unanswerable', "How many arrests have resulted from Snap's detection of child sexual exploitation material?")
q('unanswerable', 'How many participants attended the 16th meeting in February 2020?')
q('unanswerable', 'How much funding did the Netherlands Postcode Lottery give to the Terre des Hommes online safety programme?')
q('unanswerable', 'How many times has the Ask me! online safety app been downloaded?')


# An eighteenth batch of 60 (nineteenth session), the held-out set's mix: 10 facts, 8 actors, 12 paraphrases,
# 8 examples, 6 multi, 4 time and 12 unanswerable. Run once before its fixes: recall@5 0.938, evidence 0.851,
# unanswerable abstained 1.000, wrongly abstained 0.021.
q('fact', 'how many participants attended the 14th CWG-COP meeting in 2018',
  'Approximately 50 participants, representing governments, private sector, civil society, academia, and international and intergovernmental organizations')
q('fact', 'who chaired the 19th meeting of the council working group on chiled online protection?',
  'which was chaired by Mr Abdelaziz Alzarooni (UAE)')
q('fact', 'Digital Hifazat Pakistan number of people reached',
  'which has impacted 150,000 individuals in 40 schools')
q('fact', 'lanzarote convension how many state parties',
  'currently has 48 State parties')
q('fact', "What's the number of the child helpline in Tanzaina?",
  'The 116-child helpline provides confidential, 24/7 support')
q('fact', 'How many tech companies are members of the Tech Coalition according to their presentation?',
  "their alliance of 35 technology companies working collectively to ensure children's safety online")
q('fact', 'year ICMEC financial coalition against child sexual exploitation launched',
  'ICMEC’s Financial Coalition Against Child Sexual Exploitation (FCACSE), launched in 2006')
q('fact', 'Scort Foundation Ecuador webinar - how many coaches and kids',
  'In December 2024, a webinar in Ecuador trained 46 young coaches working with over 1,800 children')
q('fact', "I'm preparing a briefing note: how many contributions did the 19th meeting get? I remember it was a record.",
  'with a total of 24 contributions, a milestone that had not been reached before')
q('fact', "poland 'I click sensibly' campaign number of children reached and target",
  'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
q('actor', 'What did Germany ask about at the 22nd CWG-COP meeting?',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.')
q('actor', 'saudi arabia proposal cwg-cop 17th meeting',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
q('actor', 'what concerns did canada raise in feb 2025',
  'Canada raised concerns about the abusive use of cell phones in schools, suggested that "child-too-much-online" should be considered in future discussions on COP')
q('actor', "I'm with the Philippine delegation's support team - what exactly did we table at the October 2023 meeting?",
  'The Republic of the Philippines presented a new draft resolution to encourage ITU and its member states to generate strategic plans, policies, and programs and integrate Child Online Protection measures in all existing initiatives',
  'The Republic of the Philippines presented a new draft resolution to encourage integrating Child Online Protection discussions in all Girls in ICT celebrations of ITU Member States')
q('actor', 'What did Snap Inc present to the working group?',
  'Snap Inc., through their presentation, highlighted their safety features for preventing and detecting Child Sexual Exploitation and Abuse Material (CSEAI) on their application.',
  "Snap also provided an overview of a Family Center for parents to monitor their teens' interactions on the platform.")
q('actor', 'russian federation proposal resolution 179 2018',
  'The delegation from the Russian Federation presented the proposal on the revision on the Resolution 179 (Rev. Busan, 2014).')
q('actor', 'what did the UAE delegate ask the secretariat for at the 2018 meeting',
  'enquire on whether there existed a link on the ITU website which had a repository of specific country case studies that could be used for reference later')
q('actor', '5Rights Foundation view on parental controls and content blocking',
  'Traditional safety measures, such as content blocking or parental controls, fail to address the root issue: digital platforms are not designed with children in mind')
q('paraphrase', "What quizzes and games has France's privacy watchdog made for kids?",
  'Key initiatives include interactive tools like the Incollables® quiz, the Digital Guardians game, and manga-style educational content')
q('paraphrase', "the cartoon character ITU made to teach kids about internet dangers - what's it called and when did it come out?",
  'ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020')
q('paraphrase', 'online course to help parents stop teenagers getting pulled into extremist ideas',
  'This program, set to launch in March 2025, aims to equip parents, carers, and early help professionals with the knowledge and tools to prevent online radicalisation among young people.')
q('paraphrase', 'how can banks and payment firms help stop people making money from child abuse online',
  'unites financial institutions, technology partners, and law enforcement to disrupt OCSE’s economic infrastructure through a "detect, report, disrupt" approach')
q('paraphrase', 'special mobile phone line for kids that blocks bad content',
  'exploring the introduction of a Child SIM Card to filter inappropriate content')
q('paraphrase', 'using football and other games to teach children about being safe on the internet',
  'Leveraging sports as a universal language, the foundation creates safe environments for children, bridging the physical and digital worlds.')
q('paraphrase', 'did anyone suggest making the working group sessions longer?',
  'extending the allocated time for the Council Working Group to one and a half days')
q('paraphrase', 'kids glued to screens all day - what did the person running the Feb 2025 meeting say about it?',
  'The Chair acknowledged that while research on this issue stays inconclusive, the effects of excessive screen time, such as children becoming uncomfortable interacting with others outside of the digital world, need to be addressed.')
q('paraphrase', 'EU plan for checking how old users are without exposing their personal data',
  'a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026')
q('paraphrase', 'digital fingerprint list to automatically find and take down known abuse pictures, Russian industry group',
  'Technological solutions such as the Hash Database enable automated identification and removal of illegal content, including Child Sexual Abuse Material (CSAM) and harmful materials.')
q('paraphrase', 'ITU app for teenagers that answers questions about staying safe online',
  'development and launch of a Web App, "Ask me! Your online safety friend," tailored to children aged 13 to 17')
q('paraphrase', 'what holds children back from learning to use computers and the internet well, according to the youth survey',
  'Main barriers to children’s digital literacy were limited digital literacy of teachers and inadequate access to devices.')
q('examples', 'examples of national helplines or hotlines for reporting child abuse online',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.',
  'a National Safer Internet Centre Hotline for reporting abuse',
  'a complaint management system (CMS) for reporting child abuse online')
q('examples', 'which countries translated COP guidelines or materials into their own language?',
  'translating ITU Child Online Protection into Hungarian',
  'PTA has also developed local language content in Urdu, including translated guidebooks',
  'In Malta, translated guidelines were officially presented during a national event')
q('examples', 'Give me some named awareness campaigns presented to the group',
  'A national information campaign, "Be Brave, Be Good," was launched in 2024',
  'launching the campaign “all together for a safe internet”',
  'The Alliance’s #MyVoiceMyFuture campaign, which consulted 85 children and youth across nine countries')
q('examples', 'countries that built child protection into national cybersecurity strategy',
  'The integration of the Child Online Protection guidelines into the "National Cybersecurity Strategy" underlines their comprehensive approach to online child protection.',
  'Chad’s National Cybersecurity Strategy recommends parental control standards, awareness campaigns, and integrating online safety education into schools and healthcare settings.',
  'In the Bahamas, a National Cybersecurity Strategy (2024) aims to embed cybersecurity education')
q('examples', 'researcher here - looking for examples of social media / tech companies working with governments or the ITU group on child safety',
  'the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok',
  'During the interactive panel discussion, Meta and Snap.Inc were asked the following question',
  'The government collaborates with Internet Service Providers (ISPs) and tech companies to monitor harmful content, develop AI-based detection tools')
q('examples', 'age verification age assurance examples discussed',
  'a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026',
  'This report highlights critical gaps, such as the lack of comprehensive standards for age verification and the challenges posed by end-to-end encryption in detecting child sexual abuse material.',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.')
q('examples', 'examples of surveys or consultations asking children themselves about online risks',
  'The VOICE research (2024), involving nearly 500 children and caregivers across 15 countries, points out that children accept online risks as normal',
  'The Alliance’s #MyVoiceMyFuture campaign, which consulted 85 children and youth across nine countries',
  'the results of the youth online consultation on digital literacy were presented by the representative from RErights')
q('examples', 'safer internet day activities mentioned by members',
  'the Safer Internet Day in Beheira Governorate (2016) and the Safer Internet Day in Port-Said Governorate (2017)',
  'Chad also participates in global initiatives like Safe Internet Day and Personal Data Protection Day',
  'ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020')
q('multi', 'how has attendance changed between the 2018, 2023 and Feb 2025 meetings?',
  'Approximately 50 participants',
  'Approximately 120 participants',
  'Approximately 191 participants')
q('multi', 'who chaired the meetings in 2018, 2023 and 2025',
  'which was chaired by Mr Ibrahim Al Dabal (UAE)',
  'which was chaired by Mr Abdelaziz Alzarooni (UAE)',
  'which was chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria)')
q('multi', 'Egypt contributions to CWG-COP over the years',
  'The representative from Egypt presented the activities of Egypt’s National Committee for Child online protection in the last two years.',
  'The information document by Egypt discussed its Digital Citizenship Initiative, a national effort led by the Egyptian Ministry of Communication and Information Technology (MCIT)')
q('multi', 'what has Terre des Hommes presented at the different meetings',
  'Terre des Hommes presented the initiative called “Safety for Children and their Rights Online”.',
  'The information document by Terre des Hommes highlighted the urgent need for regulation in the digital and tech industry to protect children from online sexual exploitation.')
q('multi', 'What happened with the industry dialogue idea between the 21st and 22nd meetings?',
  'The meeting agreed that ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement.',
  'The information document by the Secretariat presented a Concept Note for a series of events, connecting ITU member States with the ICT Industry')
q('multi', 'secretariat staffer: track record of decisions on putting country efforts and meeting resources online, from 2018 onwards',
  'The participants agreed on the need to have an online repository of country efforts.',
  'The chair proposed enhancing the ITU Child Online Protection Council working group website including but not limited to integrating resources from the CWG-COP contributors',
  'The meeting welcomed the Secretariat’s initiative to make all resources, which were presented during the CWG COP meetings, available on its dedicated website.')
q('time', 'when will the CG-COP gap analysis report be discussed next',
  'would be discussed at the next meeting in October 2025',
  'It will be discussed in Study Group 17 in April 2025')
q('time', 'Tbilisi conference dates joint statement AI child rights',
  'the Tbilisi Conference, which is to be held on March 10 to 12 in 2025')
q('time', 'dates of the 21st and 22nd CWG-COP meetings',
  'held on 30 September to 1 October 2024 and on 12-13 February 2025 respectively')
q('time', 'Bulgaria violence prevention programme - what years does it cover and when did the campaign start?',
  'National Program for the Prevention of Violence and Abuse against Children (2022-2026)',
  'A national information campaign, "Be Brave, Be Good," was launched in 2024')
q('unanswerable', 'How much money did the Netherlands Postcode Lottery give Terre des Hommes for the SCROL programme?')
q('unanswerable', "Was the Philippines' merged draft resolution adopted when it was resubmitted in January 2024?")
q('unanswerable', 'how many students took part in the Aqdar eSafe School programme in the UAE')
q('unanswerable', "What prison sentences does Chad's cybercrime law set for online child sexual exploitation?")
q('unanswerable', 'who chaired the 20th CWG-COP meeting')
q('unanswerable', 'By how much did cyberbullying drop in Argentina after the #TodosSomosUnicos app competition?')
q('unanswerable', 'CWG-COP budget 2024-2025 amount in CHF')
q('unanswerable', 'Which two councillors at Council 2022 wanted to keep the current terms of reference? I need the country names.')
q('unanswerable', 'how many contributions were submitted to the 21st meeting in sept/oct 2024')
q('unanswerable', "number of reports INHOPE's ICCAM forwarded to Interpol in 2017")
q('unanswerable', 'What did ICANN present when it took part in the CWG-COP after Council 2022?')
q('unanswerable', "How many child abuse complaints has Pakistan's PTA received through its complaint management system?")


# A nineteenth batch of 60 (nineteenth session): 14 paraphrases, 8 meeting questions, 8 facts, 6 actors,
# 6 examples, 4 time and 14 unanswerable. Run once, after this session's first fixes (common words, countries
# opening a question) and before the rest: recall@5 0.935, evidence 0.837, unanswerable abstained 0.714, wrongly
# abstained 0.065.
q('paraphrase', 'what did the youth survey find were the biggest things stopping kids from getting good at using digital tech?',
  'Main barriers to children’s digital literacy were limited digital literacy of teachers and inadequate access to devices.')
q('paraphrase', "I'm a teacher in England - did anyone say British schools put more effort into coaching parents than their own employees on e-safety?",
  'schools spend a lot more time in the UK training parents and not members of staff')
q('paraphrase', 'french privacy watchdog games quizzes comics for teaching children about data',
  'Key initiatives include interactive tools like the Incollables® quiz, the Digital Guardians game, and manga-style educational content')
q('paraphrase', 'does tanzania have a phone number kids can ring day or night if something happens online',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.')
q('paraphrase', 'In how many countries is the online sexual exploitation of kids explicitly treated as an underlying offence for money laundering purposes?',
  'Their 2025 study indicates that there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime.')
q('paraphrase', 'what trouble did egypt have getting charities and non-profits to join its child internet safety work',
  'one major challenge they face was in bringing on board more NGOs',
  'those NGOs willing to partner tended not focus solely on child online safety')
q('paraphrase', 'whats slowing down the caribbean islands on keeping kids safe online? money, red tape?',
  'challenges such as limited funding, fragmented frameworks, and bureaucratic delays hinder progress')
q('paraphrase', 'Did any speaker warn against treating the internet itself as the enemy when we try to protect children?',
  "it's essential not to consider the web as an adversary but rather as an ally in this effort")
q('paraphrase', 'research showing parents think they can keep their kids safe online better than they really can',
  'children accept online risks as normal, while caregivers overestimate their ability to protect them')
q('paraphrase', 'which group argued that filters and parental control apps dont fix the real problem, i.e. how the apps themselves are built?',
  'Traditional safety measures, such as content blocking or parental controls, fail to address the root issue: digital platforms are not designed with children in mind')
q('paraphrase', "chair's opening words about children being on their own on the web and exposed to more than just sexual risks",
  'every child can now find him- or herself isolated with independent access to the internet, and is therefore vulnerable to all sorts of dangers, not just sexual')
q('paraphrase', 'the little cartoon character ITU uses for online safety - was it drawn up by kids themselves?',
  'It had been created and designed by children and helped children, parents and teachers to understand the dangers that children faced being online and how to manage them.')
q('paraphrase', "did any council members push back on changing the working group's mandate before the 2022 plenipot?",
  'Two councillors, however, considered that the group should continue its work in its current form and under its current terms of reference.')
q('paraphrase', 'russian industry coalition automatic fingerprint matching to find and take down abuse images',
  'Technological solutions such as the Hash Database enable automated identification and removal of illegal content, including Child Sexual Abuse Material (CSAM) and harmful materials.')
q('meeting', 'who chaired the 14th meeting of CWG-COP',
  'which was chaired by Mr Ibrahim Al Dabal (UAE)')
q('meeting', 'how many ppl attended the october 2023 cwg-cop meeting and what did the chair want to change about how long it runs?',
  'Approximately 120 participants',
  'extending the allocated time for the Council Working Group to one and a half days')
q('meeting', 'What came out of the fifteenth CWG-COP meeting in September 2019?',
  'A first liaison statement was sent to ITU-D Study Group 2 to inform delegations on the work of the Guidelines and ensure a more participatory process.',
  'The CWG invited the membership to realize and be aware of the importance of evaluating the effectiveness of a given programme.')
q('meeting', 'results of the feb 2020 child online protection working group meeting',
  'The COP Mascot was posted online.',
  'The Chair stated that a report would be prepared, which would include both the fifteenth and the sixteenth meetings of the CWG-COP.')
q('meeting', "I'm compiling a history of the group - what were the outcomes of the January 2021 session?",
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.',
  'The Chair recommended engaging ITU Regional Offices in the CWG-COP and related meetings.')
q('meeting', '18th meeting cwg cop number of contributions and participants',
  'the largest number of contributions (18 in total) and number of participants (more than 150)')
q('meeting', 'what did the twenty-first meeting decide about the dialogues with ICT companies?',
  'The meeting agreed that ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement.')
q('meeting', 'who ran the 22nd meeting in Feb 2025, the chair or someone else?',
  'which was chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria)')
q('fact', 'who is the director of the ITU development bureau who opened the meetings in 2023 and 2025',
  'The Director of the ITU Development Bureau of the ITU, Mr. Cosmas Luckyson Zavazava opened the meeting',
  'Mr. Cosmas Luckyson Zavazava, Director of ITU Development Bureau')
q('fact', 'who opened the january 2018 meeting for ITU',
  'The Deputy Secretary-General of the ITU, Mr Malcolm Johnson, opened the meeting')
q('fact', 'how many tech companies are in the Tech Coalition?',
  "the Tech Coalition introduced their alliance of 35 technology companies working collectively to ensure children's safety online")
q('fact', "How many children did Poland's 'I click sensibly' campaign reach, and what's the target?",
  'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
q('fact', 'how many state parties to the lanzarote convention',
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties')
q('fact', 'how many young coaches were trained in the Ecuador webinar and how many kids do they work with',
  'In December 2024, a webinar in Ecuador trained 46 young coaches working with over 1,800 children')
q('fact', "Who pays for Terre des Hommes' children's rights online programme and which countries is it in?",
  'funded by the Netherlands Postcode Lottery and operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya.')
q('fact', 'how many organisations signed the digital childhood ethics charter',
  'Key initiatives include the Digital Childhood Ethics Charter, signed by 13,000+ organizations')
q('actor', 'What did the Philippines propose about Girls in ICT Day?',
  'The Republic of the Philippines presented a new draft resolution to encourage integrating Child Online Protection discussions in all Girls in ICT celebrations of ITU Member States')
q('actor', 'india contribution cwg-cop g20',
  "India's contribution introduced the G20 Toolkit on Cyber Education and Cyber Awareness in collaboration with ITU.")
q('actor', 'what did germany ask about at the 22nd meeting',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.')
q('actor', 'What did the Russian Federation put forward at the 2018 meeting?',
  'The delegation from the Russian Federation presented the proposal on the revision on the Resolution 179 (Rev. Busan, 2014).')
q('actor', 'snapchat what tools for parents did they present',
  "Snap also provided an overview of a Family Center for parents to monitor their teens' interactions on the platform.")
q('actor', "I'm a journalist covering EU tech policy - what did the European Commission say about checking users' ages?",
  'a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026')
q('examples', 'examples of countries that translated the ITU child online protection guidelines into their own language',
  'translating ITU Child Online Protection into Hungarian',
  'In Malta, translated guidelines were officially presented during a national event',
  'PTA has also developed local language content in Urdu')
q('examples', 'which countries have set up a national committee on child online safety? give examples',
  'the activities of Egypt’s National Committee for Child online protection in the last two years',
  'The National Advisory Committee on Child Online Safety of Tanzania, comprising government and non-government stakeholders, advises on COP policies',
  'PTA established a Child Online Protection Committee')
q('examples', 'any orgs using sport / coaches to teach kids online safety?',
  'SCORT Foundation highlighted the critical role of sports in promoting Child Online Protection.',
  'In Ecuador, a training webinar for young coaches was held in partnership with the Scort Foundation, integrating child online protection into sports.')
q('examples', "Can you give me some examples of named national awareness campaigns on kids' internet safety from different countries?",
  'A national information campaign, "Be Brave, Be Good," was launched in 2024',
  'the educational campaign “I click sensibly”',
  'launching the campaign “all together for a safe internet”')
q('examples', 'examples of countries building child protection into their national cybersecurity strategy',
  'The integration of the Child Online Protection guidelines into the "National Cybersecurity Strategy" underlines their comprehensive approach',
  'Chad’s National Cybersecurity Strategy recommends parental control standards',
  'In the Bahamas, a National Cybersecurity Strategy (2024) aims to embed cybersecurity education')
q('examples', 'examples of governments or regulators working with tech firms / telcos on child online protection',
  'the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok',
  'The government collaborates with Internet Service Providers (ISPs) and tech companies to monitor harmful content',
  'Established in 2021 by major Russian telecom, IT, and media companies, the Alliance promotes self-regulation')
q('time', "when will the SG17 correspondence group's gap analysis on COP standards be discussed?",
  'It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting of the CWG COP.',
  'would be discussed at the next meeting in October 2025')
q('time', 'when is the tbilisi conference on the AI and child rights joint statement',
  'A key milestone will be the Tbilisi Conference, which is to be held on March 10 to 12 in 2025')
q('time', 'When does the WISE KIDS online radicalisation course for parents go live?',
  'This program, set to launch in March 2025')
q('time', 'when do the quarterly ITU industry sessions on COP start and are they in person or online?',
  'The sessions will be held virtually, beginning in 2025, with language support provided where possible')
q('unanswerable', 'What is the CWG-COP budget for 2024-2025 in Swiss francs?')
q('unanswerable', 'exact dates and venue of the october 2025 cwg-cop meeting?')
q('unanswerable', "Was the Philippines' merged COP resolution resubmitted in January and adopted by Council?")
q('unanswerable', "what penalties does tanzania's amended cybercrimes act set for online child abuse")
q('unanswerable', 'Who is the co-convener of the SG17 correspondence group on child online protection? need a name for an interview')
q('unanswerable', "how many complaints has pakistan's PTA complaint management system received about child abuse online")
q('unanswerable', 'which nine countries were the kids in the WeProtect #MyVoiceMyFuture consultation from?')
q('unanswerable', 'How many young people responded to the RErights online consultation on digital literacy?')
q('unanswerable', 'which countries were the two councillors who opposed amending the CWG-COP terms of reference in 2022')
q('unanswerable', 'how much money did the netherlands postcode lottery give terre des hommes for the SCROL programme')
q('unanswerable', 'did the logo the chair proposed in 2018 end up being adopted for the group?')
q('unanswerable', "What is the budget of Bulgaria's National Program for the Prevention of Violence and Abuse against Children 2022-2026?")
q('unanswerable', "list CNIL's eight recommendations for protecting children online")
q('unanswerable', "what did poland's 2022 consumer survey find about how much time children spend online?")


# A twentieth batch of 50 (nineteenth session), written after the session's fixes to measure them: 16 paraphrases,
# 6 meeting questions, 6 facts, 5 examples, 5 multi and 12 unanswerable. Run once, before any change made for
# it: recall@5 1.000, MRR@10 0.881, evidence 0.868, unanswerable abstained 1.000, wrongly abstained 0.000.
q('paraphrase', 'which east african country has a free, confidential phone line kids can ring any time of day or night?',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.')
q('paraphrase', "Poland's telecoms regulator ran an awareness drive for primary school pupils about using their phones wisely - how many kids did it reach and what was the target?",
  'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
q('paraphrase', 'did ITU come up with a cartoon character, drawn by kids, to teach online safety? when was it first introduced',
  'ITU had launched its COP mascot, Sangophone',
  'It had been created and designed by children and helped children, parents and teachers to understand the dangers')
q('paraphrase', 'egypt ministry website with games and guides in arabic for keeping kids safe online',
  'The Wa3i.net platform developed within the initiative offers specialized content, interactive games, guidebooks, and online safety training in Arabic.')
q('paraphrase', "I'm a youth worker in Wales. Is there an online course for parents on stopping teenagers from being drawn into extremist ideas, and who paid for it?",
  'Preventing Online Radicalisation, developed by the organization in collaboration with Cardiff Council and funded by the UK Home Office',
  'Available in English and Welsh')
q('paraphrase', 'how many countries treat online sexual exploitation of kids as an offence that triggers anti money laundering rules',
  'Their 2025 study indicates that there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime.')
q('paraphrase', "Bulgaria's national plan to cut violence against kids (2022-2026) - by how much do they hope to reduce it?",
  "The program's expected outcomes include a 20% reduction in violence")
q('paraphrase', 'pakistan regulator teamed up with a short video app for a digital skills campaign in schools, how many people did it reach',
  'partnered with TikTok, which has impacted 150,000 individuals in 40 schools')
q('paraphrase', 'how many states have joined the European treaty against sexual abuse of children, and since when has it been in force?',
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties')
q('paraphrase', 'did any country complain about pupils overusing mobiles in the classroom?',
  'Canada raised concerns about the abusive use of cell phones in schools')
q('paraphrase', "according to the young people's survey, what holds children back from getting good computer skills?",
  'limited digital literacy of teachers and inadequate access to devices')
q('paraphrase', 'research saying parents and carers think they can protect kids online better than they really can',
  'The VOICE research (2024), involving nearly 500 children and caregivers across 15 countries, points out that children accept online risks as normal, while caregivers overestimate their ability to protect them.')
q('paraphrase', "when will the EU's privacy-friendly tool for checking how old users are go live?",
  'a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026')
q('paraphrase', 'does the disappearing-photo messaging app offer anything for parents to keep an eye on who their teenagers chat with',
  "Snap also provided an overview of a Family Center for parents to monitor their teens' interactions on the platform.")
q('paraphrase', 'the swiss charity that uses football and sport for kids - how many young coaches did they train in south america at the end of 2024?',
  'In December 2024, a webinar in Ecuador trained 46 young coaches working with over 1,800 children')
q('paraphrase', "was every council member happy to rewrite the group's mandate in 2022 or did some want to keep it as is?",
  'Two councillors, however, considered that the group should continue its work in its current form and under its current terms of reference.')
q('meeting', 'who chaired the 14th meeting of CWG-COP',
  'which was chaired by Mr Ibrahim Al Dabal (UAE)')
q('meeting', 'How many people took part in the October 2023 CWG-COP meeting and how many contributions were there?',
  'Approximately 120 participants, representing governments, private sector, civil society, academia',
  'with a total of 24 contributions, a milestone that had not been reached before')
q('meeting', 'twenty-second meeting cwg cop - who was in the chair?',
  'which was chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria)')
q('meeting', 'number of contributions and participants at the January 2022 meeting of the working group',
  'with this meeting having the largest number of contributions (18 in total) and number of participants (more than 150)')
q('meeting', 'what was agreed at the 21st meeting about talks with the ICT industry, and how many participants were there?',
  'The meeting agreed that ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement.',
  'the Group of 129 participants')
q('meeting', 'At the seventeenth meeting in jan 2021, which country offered to run info sessions on COP with ITU?',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
q('fact', 'where is the Scort Foundation based',
  'Based in Basel, Switzerland, the foundation operates globally')
q('fact', "When was ICMEC's Financial Coalition Against Child Sexual Exploitation set up?",
  'Financial Coalition Against Child Sexual Exploitation (FCACSE), launched in 2006')
q('fact', 'tanzania cybercrimes act - what year was it passed and when was it amended?',
  'Legal measures include the Cybercrimes Act (2015), recently amended in 2024 to enhance child protection.')
q('fact', "Who funds Terre des Hommes' Safety for Children and their Rights Online programme and in which countries does it run?",
  'is funded by the Netherlands Postcode Lottery and operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya.')
q('fact', 'when is the Tbilisi conference to finalise the joint statement on AI and child rights',
  'A key milestone will be the Tbilisi Conference, which is to be held on March 10 to 12 in 2025')
q('fact', "when was russia's Alliance for the Protection of Children in the Digital Environment established and by whom?",
  'Established in 2021 by major Russian telecom, IT, and media companies')
q('examples', 'examples of countries translating the ITU child online protection guidelines into their own language',
  'translating ITU Child Online Protection into Hungarian',
  'In Malta, translated guidelines were officially presented during a national event',
  'PTA has also developed local language content in Urdu')
q('examples', "I'm a researcher comparing reporting channels. What examples of hotlines or helplines for reporting child abuse online do countries and NGOs describe?",
  'The 116-child helpline provides confidential, 24/7 support',
  'a National Safer Internet Centre Hotline for reporting abuse',
  'a complaint management system (CMS) for reporting child abuse online')
q('examples', 'examples of linking child online protection with sport',
  'In Ecuador, a training webinar for young coaches was held in partnership with the Scort Foundation, integrating child online protection into sports.',
  'ultimately aiming to create a toolkit for sports coaches')
q('examples', 'which organisations are working on AI and childrens rights? give examples',
  'UNICEF is also updating its AI for Children guidance and conducting research on neurotechnology and child rights.',
  'developing a child rights impact assessment tool for AI',
  'ITU initiated a collaboration with the Committee on the Rights of the Child to draft a Joint Statement on child protection in the context of AI')
q('examples', 'countries that put child online protection into their national cybersecurity strategy - examples pls',
  'The integration of the Child Online Protection guidelines into the "National Cybersecurity Strategy"',
  'National Cybersecurity Strategy recommends parental control standards, awareness campaigns',
  'In the Bahamas, a National Cybersecurity Strategy (2024) aims to embed cybersecurity education')
q('multi', 'how did attendance change between the 2018 meeting and the february 2025 meeting?',
  'Approximately 50 participants, representing governments',
  'Approximately 191 participants, representing governments')
q('multi', 'Who chaired CWG-COP in 2018 and who chaired it in 2023?',
  'which was chaired by Mr Ibrahim Al Dabal (UAE)',
  'which was chaired by Mr Abdelaziz Alzarooni (UAE)')
q('multi', "what campaigns has Poland's UKE presented to the group over the years",
  'The contribution from UKE in Poland focused on the educational campaign “I click sensibly”, which targets primary school pupils, parents and teachers.',
  '#keepCTRL / I click sensibly and Spoofie - learning through play')
q('multi', 'What did egypt present at the 14th meeting compared with the 22nd meeting?',
  'The representative from Egypt presented the activities of Egypt’s National Committee for Child online protection in the last two years.',
  'The information document by Egypt discussed its Digital Citizenship Initiative')
q('multi', 'whats the status of the SG17 gap analysis on child protection standards - what does it cover and when will it be discussed',
  'This report highlights critical gaps, such as the lack of comprehensive standards for age verification and the challenges posed by end-to-end encryption',
  'It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting of the CWG-COP.')
q('unanswerable', 'How much money did the UK Home Office give WISE KIDS for the online radicalisation e-learning programme?')
q('unanswerable', "what is the phone number for bulgaria's safer internet centre hotline")
q('unanswerable', "How many children have used the 'Ask me!' online safety web app since it launched?")
q('unanswerable', "what penalties does Chad's cybercrime law set for people who exploit children online?")
q('unanswerable', 'who is the co-convener of the SG17 correspondence group on child online protection')
q('unanswerable', "What is the CWG-COP's annual budget in Swiss francs?")
q('unanswerable', 'Did the Philippines resubmit its merged draft resolution in January 2024, and was it adopted?')
q('unanswerable', 'what age verification law did germany pass after raising it at the meeting')
q('unanswerable', 'how many reports of child sexual abuse images did hotlines in africa receive in 2022')
q('unanswerable', 'Which member states voted against revising Resolution 179 at PP-22?')
q('unanswerable', 'name of the former president of malta who spoke at the 2023 meeting?')
q('unanswerable', 'when was the 20th cwg-cop meeting held and how many people attended it')


# A twenty-first batch of 40 (nineteenth session), aimed at this session's new rules: who funds, phone numbers
# and addresses, countries opening a question or typed in lower case or given by their adjective, ages and
# outcomes. Run once before its fixes: recall@5 0.964, evidence 0.958, unanswerable abstained 0.583, wrongly
# abstained 0.143.
q('actor', "who funds the terre des hommes 'Safety for Children and their Rights Online' programme?",
  'is funded by the Netherlands Postcode Lottery')
q('fact', 'That Dutch lottery-funded child safety project - which countries does it run in?',
  'operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya')
q('actor', 'who is paying for the WISE KIDS e-learning course on preventing online radicalisation',
  'developed by the organization in collaboration with Cardiff Council and funded by the UK Home Office')
q('actor', 'what did pakistan do about digital literacy for kids and which company backed it',
  'the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok')
q('actor', 'who set up the Russian Alliance for the Protection of Children in the Digital Environment',
  'Established in 2021 by major Russian telecom, IT, and media companies')
q('fact', 'how are the CWG-COP meetings in 2024-2025 financed? any financial implications?',
  'Within the allocated budget 2024-2025.')
q('actor', 'the Egyptian digital citizenship initiative - which ministry leads it',
  'a national effort led by the Egyptian Ministry of Communication and Information Technology (MCIT)')
q('actor', 'who leads the Protection through Online Participation (PoP) initiative',
  'led by ITU and the Office of the Special Representative on Violence against Children')
q('fact', "Tanzania helpline for children - what's the number and is it 24 hours?",
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.')
q('fact', "I'm a ministry official and want to sign up for the ITU Industry Connect quarterly discussions, which website do I register on?",
  'registration will be accessible from the ITU COP website')
q('fact', 'egypt online safety platform website in arabic',
  'The Wa3i.net platform developed within the initiative offers specialized content, interactive games, guidebooks, and online safety training in Arabic.')
q('fact', 'does bulgaria have a hotline for reporting online child abuse',
  'a National Safer Internet Centre Hotline for reporting abuse')
q('paraphrase', 'how do I contact the Internet Watch Foundation about setting up a reporting portal in my country',
  'requested participants to engage him later in order to exchange information on how to set up the portals')
q('examples', 'Egypt committee child online protection - what events did they organise?',
  'The major events were the ITU Regional Workshop- COP Regional strategy (2015), the Safer Internet Day in Beheira Governorate (2016) and the Safer Internet Day in Port-Said Governorate (2017).')
q('paraphrase', 'what is pakistan doing about parental controls and reporting abuse',
  'PTA’s network-level parental control initiative aims to centralize online safety measures',
  'a complaint management system (CMS) for reporting child abuse online')
q('fact', 'the Polish campaign I click sensibly how many children',
  'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
q('paraphrase', "what was special about the Albanian authority's role in ITU's global COP programme?",
  "they became the first pilot of the ITU's global Child Online Protection program")
q('actor', 'the Georgian communications regulator partnered with whom on media literacy',
  'partnering with the Council of Europe to advance media literacy in Georgia')
q('examples', 'games or quizzes the French data protection authority made for kids',
  'Key initiatives include interactive tools like the Incollables® quiz, the Digital Guardians game, and manga-style educational content')
q('fact', "which G20 presidency endorsed the high-level principles India's cyber-education toolkit builds on",
  'endorsed under the Italian G20 Presidency, and received unanimous support from all G20 members and guest countries')
q('fact', 'what age group is the Ask me! web app and the Sango game for',
  'tailored to children aged 13 to 17',
  'designed for children aged 9 to 12')
q('fact', 'how many years does the SCROL initiative run',
  'This three-year initiative, running from 2022 to 2025')
q('fact', 'how many young coaches were trained in the Scort Foundation webinar in Ecuador',
  'a webinar in Ecuador trained 46 young coaches working with over 1,800 children')
q('fact', 'did council approve sending the CWG-COP four year report to the plenipotentiary',
  'The Council agreed to submit the report contained in Document C22/64 to the Plenipotentiary Conference')
q('paraphrase', 'were the two draft resolutions from the Philippines adopted at the 19th meeting?',
  'merge the two resolutions into a single one for resubmission in January')
q('fact', 'was the ITU Industry Connect series endorsed by the working group',
  'The meeting endorsed the proposed ITU Industry Connect: Quarterly Intersectoral Discussions on Child Online Protection series')
q('examples', 'what does chads national cybersecurity strategy recommend',
  'Chad’s National Cybersecurity Strategy recommends parental control standards, awareness campaigns, and integrating online safety education into schools and healthcare settings.')
q('fact', 'what did the chair recommend about the length of the council working group meetings in 2023',
  'extending the allocated time for the Council Working Group to one and a half days')
q('unanswerable', "who funds Egypt's National Committee for Child Online Protection?")
q('unanswerable', 'what is the phone number of the Bulgarian Safer Internet Centre hotline')
q('unanswerable', 'Tanzania 116 helpline - who pays for it?')
q('unanswerable', 'how much money did the Netherlands Postcode Lottery give to Terre des Hommes')
q('unanswerable', 'what did the Brazilian government present at the CWG-COP meetings')
q('unanswerable', "the Spanish delegation's proposal on age verification, was it adopted?")
q('unanswerable', 'was the Russian proposal to revise Resolution 179 approved at the 14th meeting')
q('unanswerable', 'how old do kids have to be to get the child SIM card in tanzania')
q('unanswerable', "how many schools in poland took part in 'I click sensibly'")
q('unanswerable', 'email adress of the CWG-COP secretariat')
q('unanswerable', 'what minimum age will the EU age verification system check for')
q('unanswerable', 'what did the kenyan government report about its national child online protection strategy')


# A twenty-second batch of 50 (twentieth session), the held-out set's mix: 9 facts, 7 actors, 12 paraphrases,
# 6 meetings, 5 examples, 3 multi and 8 unanswerable. Run once before its fixes: recall@5 0.952, evidence 0.897,
# unanswerable abstained 0.875, wrongly abstained 0.071.
q('fact', 'How many children took part in Poland\'s "I click sensibly" campaign in 2017, and what is the target for 2021?',
  'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
q('fact', 'tanzania child helpline number',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.')
q('fact', 'How many State parties does the Lanzarote Convention currently have?',
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties')
q('fact', 'when was the COP mascot Sango launched',
  'Also, ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020.')
q('fact', 'how many companies are in the tech coalition',
  "the Tech Coalition introduced their alliance of 35 technology companies working collectively to ensure children's safety online")
q('fact', "Hi, I'm researching NGO-led projects. Who funds Terre des Hommes' Safety for Children and their Rights Online initiative, and in which countries does it operate?",
  'This three-year initiative, running from 2022 to 2025, is funded by the Netherlands Postcode Lottery and operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya.')
q('fact', 'financial implications of the Council report on the 21st and 22nd CWG-COP meetings',
  'Within the allocated budget 2024-2025.')
q('fact', "What year was ICMEC's Financial Coalition Against Child Sexual Exploitation launched?",
  'ICMEC’s Financial Coalition Against Child Sexual Exploitation (FCACSE), launched in 2006')
q('fact', 'dates of the tbilisi conference on the AI and child rights joint statement',
  'A key milestone will be the Tbilisi Conference, which is to be held on March 10 to 12 in 2025')
q('actor', "What challenges did Egypt's national committee say it faces in working with NGOs?",
  'The delegate stated that one major challenge they face was in bringing on board more NGOs.',
  'Another difficulty was in the fact that those NGOs willing to partner tended not focus solely on child online safety.')
q('actor', 'CNIL recommendations to protect children online - how many did they publish?',
  'The speaker presented how the organization had published eight recommendations to strengthen the protection of children online.')
q('actor', 'what did germany ask about at the working group',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.')
q('actor', 'What did Saudi Arabia propose in the CWG-COP?',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
q('actor', "I work for a parents' association - did Snap describe any features for parents?",
  "Snap also provided an overview of a Family Center for parents to monitor their teens' interactions on the platform.")
q('actor', "UNICEF internet working group on children's privacy and free expression, toolkit release",
  'UNICEF has established an internet working group to discuss the best approaches to protecting children’s rights to online privacy and free expression.',
  'A toolkit on this is to be released in March 2018.')
q('actor', 'What does the Internet Watch Foundation offer to countries with few resources?',
  'IWF establishes a reporting portal and works to equip resource-poor countries and territories with a simple solution for reporting child sexual abuse imagery online.')
q('paraphrase', 'somebody raised worries about pupils misusing their mobiles at school - which delegation was it and what did they want discussed?',
  'Canada raised concerns about the abusive use of cell phones in schools, suggested that "child-too-much-online" should be considered in future discussions on COP, which was supported by other meeting participants.')
q('paraphrase', 'In how many nations is the sexual abuse of kids over the internet formally treated as an offence that triggers money-laundering rules?',
  'Their 2025 study indicates that there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime.')
q('paraphrase', 'which pakistani scheme teamed up with a short video app to teach kids about staying safe online, and how many people did it reach?',
  'PTA established a Child Online Protection Committee, prioritizing education and prevention, including the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools.')
q('paraphrase', 'by what percentage does the bulgarian government hope to cut mistreatment of minors under its national plan',
  "The program's expected outcomes include a 20% reduction in violence, better awareness of online risks, and improved professional capacity to address child protection issues.")
q('paraphrase', "In the survey of young people about kids' tech skills, what was holding children back from learning to use technology well?",
  'Main barriers to children’s digital literacy were limited digital literacy of teachers and inadequate access to devices.')
q('paraphrase', 'did anyone say british schools put more effort into coaching mums and dads than their own teachers?',
  'He further pointed to the fact that staff training is consistently a weak part of the education curriculum as schools spend a lot more time in the UK training parents and not members of staff.')
q('paraphrase', "Was there a suggestion to make the group's sessions run longer?",
  'he suggested the formulation of a recommendation to be presented with the goal of extending the allocated time for the Council Working Group to one and a half days.')
q('paraphrase', "did any council members object to changing the group's mandate?",
  'Two councillors, however, considered that the group should continue its work in its current form and under its current terms of reference.')
q('paraphrase', 'calls to work more closely with the organisation that manages web addresses on the internet',
  'Several councillors called for greater cooperation with the Internet Corporation for Assigned Names and Numbers (ICANN) and its Governmental Advisory Committee (GAC), particularly in relation to abuse of the domain-name system.',
  'and to request that the Secretary-General report to the Council on ICANN and GAC activities related to child online protection.')
q('paraphrase', 'Is there an online course to help parents stop teenagers getting drawn into extremist views, and what languages is it offered in?',
  'This program, set to launch in March 2025, aims to equip parents, carers, and early help professionals with the knowledge and tools to prevent online radicalisation among young people.',
  'Available in English and Welsh, the initiative seeks to empower parents and professionals to navigate the complexities of the digital world and protect young people from radicalisation.')
q('paraphrase', "when will the EU's privacy friendly tool for checking how old users are go live?",
  'a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026.')
q('paraphrase', 'was it decided to make the conversations with tech firms more informal?',
  'The meeting agreed that ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement.')
q('meeting', 'Who chaired the 14th meeting of CWG-COP?',
  'which was chaired by Mr Ibrahim Al Dabal (UAE).')
q('meeting', 'how many contributions were submitted to the nineteenth meeting',
  'He highlighted the growing significance of the group, with a total of 24 contributions, a milestone that had not been reached before.')
q('meeting', 'When was the sixteenth meeting held and what happened with the mascot?',
  'The main results of the sixteenth meeting of the Council Working Group on Child Online Protection, held on 4 February 2020, were:',
  'The COP Mascot was posted online.')
q('meeting', 'number of participants at the twenty-first meeting',
  'In the twenty-first meeting, the Group of 129 participants discussed the contributions and information documents received.')
q('meeting', 'Secretariat staff here: who chaired the February 2025 CWG-COP meeting?',
  'which was chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria).')
q('meeting', 'What liaison statements came out of the 15th meeting in September 2019?',
  'A first liaison statement was sent to ITU-D Study Group 2 to inform delegations on the work of the Guidelines and ensure a more participatory process.',
  'A second liaison statement was sent to ITU-D to request further information on EG-household Indicators and the related discussion on COP indicators.')
q('examples', "What have countries done to filter or block harmful content so that children don't see it?",
  'Relevant national entities implemented content filtering, cybersecurity measures, and public awareness campaigns.',
  'exploring the introduction of a Child SIM Card to filter inappropriate content.',
  'PTA’s network-level parental control initiative aims to centralize online safety measures')
q('examples', 'examples of countries translating the ITU COP guidelines or materials into local languages',
  'provided an overview on the activities which included translating ITU Child Online Protection into Hungarian',
  'In Malta, translated guidelines were officially presented during a national event',
  'PTA has also developed local language content in Urdu, including translated guidebooks, awareness videos, and a complaint management system (CMS) for reporting child abuse online.')
q('examples', 'how have sports organisations been used to promote child online protection?',
  'Their collaboration with ITU has produced recommendations to support sports organizations in integrating online safeguarding policies, ultimately aiming to create a toolkit for sports coaches.',
  'In Ecuador, a training webinar for young coaches was held in partnership with the Scort Foundation, integrating child online protection into sports.',
  'Since 2020, they have partnered with the ITU to promote COP through sports, organizing workshops, webinars, and training sessions.')
q('examples', "I'm a teacher looking for ideas - what games or interactive tools have been developed to teach kids online safety?",
  'introduced an online game, "Sango’s Adventure: Discover Online Safety," designed for children aged 9 to 12.',
  'Key initiatives include interactive tools like the Incollables® quiz, the Digital Guardians game, and manga-style educational content',
  'The Wa3i.net platform developed within the initiative offers specialized content, interactive games, guidebooks, and online safety training in Arabic.')
q('examples', 'which countries have built child online protection into their national cybersecurity strategies',
  'The integration of the Child Online Protection guidelines into the "National Cybersecurity Strategy" underlines their comprehensive approach to online child protection.',
  'Chad’s National Cybersecurity Strategy recommends parental control standards, awareness campaigns, and integrating online safety education into schools and healthcare settings.',
  'In the Bahamas, a National Cybersecurity Strategy (2024) aims to embed cybersecurity education, strengthen law enforcement capabilities, and address legal gaps in child protection.')
q('multi', "How has Egypt's child online protection work developed between its 2018 and 2025 presentations to the group?",
  'The major events were the ITU Regional Workshop- COP Regional strategy (2015), the Safer Internet Day in Beheira Governorate (2016) and the Safer Internet Day in Port-Said Governorate (2017).',
  'The information document by Egypt discussed its Digital Citizenship Initiative, a national effort led by the Egyptian Ministry of Communication and Information Technology (MCIT) to enhance e-safety for children online.')
q('multi', 'poland UKE projects presented to cwg-cop over the years',
  'The contribution from UKE in Poland focused on the educational campaign “I click sensibly”, which targets primary school pupils, parents and teachers.',
  "Additionally, they highlighted two significant UKE projects aimed at children's online protection: #keepCTRL / I click sensibly and Spoofie - learning through play.")
q('multi', 'What progress has the Protection through Online Participation (PoP) initiative made from 2023 to 2025?',
  'The UN presentation outlined an initiative called Protection through online participation (PoP) focused on understanding how children access protection online',
  'The Protection through Online Participation (PoP) initiative, led by ITU and the Office of the Special Representative on Violence against Children',
  'made significant progress, with draft guiding principles for child helplines and tech platforms shared for consultation. Final principles will be published in 2025')
q('unanswerable', 'What was the total budget in Swiss francs for the COP Global Programme in 2024-2025?')
q('unanswerable', "how many children have played Sango's Adventure since it launched")
q('unanswerable', "What penalties for offences against children were added by Tanzania's 2024 amendment to the Cybercrimes Act?")
q('unanswerable', 'How many young people responded to the RErights online consultation on digital literacy?')
q('unanswerable', 'who was elected chair of CWG-COP at the october 2025 meeting')
q('unanswerable', 'What fines has the European Commission imposed on platforms under the DSA for failing to protect minors?')
q('unanswerable', 'name and user numbers of the Georgian ComCom online media literacy platform')
q('unanswerable', "Exactly how many arrests have resulted from Snap's detection of child sexual exploitation material?")

# A twenty-third batch of 36 (twentieth session): 28 paraphrases and 8 unanswerable in everyday words. Run once
# before its fixes: recall@5 0.857, evidence 0.815, unanswerable abstained 0.500, wrongly abstained 0.036.
q('paraphrase', 'how many kids did the polish school awareness drive reach in 2017 and what number are they aiming for by a few years later',
  'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
q('paraphrase', "according to the young people's poll shown at the 2018 meeting, what mostly stops children from getting good with technology?",
  'Main barriers to children’s digital literacy were limited digital literacy of teachers and inadequate access to devices.')
q('paraphrase', "egypt's national body for keeping kids safe on the web - what trouble did they say they had getting charities and civil society groups to work with them",
  'The delegate stated that one major challenge they face was in bringing on board more NGOs. Another difficulty was in the fact that those NGOs willing to partner tended not focus solely on child online safety.')
q('paraphrase', 'im a headteacher - did the british schools safety group say teachers get less training than parents?',
  'He further pointed to the fact that staff training is consistently a weak part of the education curriculum as schools spend a lot more time in the UK training parents and not members of staff.')
q('paraphrase', 'hotline network says victims in abuse material getting younger, even babies?',
  'The representative stated that more and more reports of abuse of younger and younger children (infant abuse) were emerging')
q('paraphrase', 'how many submissions came in for the october 2023 session and was that a new high',
  'He highlighted the growing significance of the group, with a total of 24 contributions, a milestone that had not been reached before.')
q('paraphrase', "who pays for the children's charity three year project that runs in four countries in asia and africa (2022-2025)?",
  'This three-year initiative, running from 2022 to 2025, is funded by the Netherlands Postcode Lottery and operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya.')
q('paraphrase', 'chair wanted the working group sessions to be longer after so many inputs - how long did he suggest',
  'he suggested the formulation of a recommendation to be presented with the goal of extending the allocated time for the Council Working Group to one and a half days.')
q('paraphrase', "what fraction of people using the internet are kids, per the finnish charity's talk",
  'It highlighted the prevalence of children online, with approximately one-third of internet users being children.')
q('paraphrase', 'did the former maltese head of state say we should treat the internet as the enemy when protecting children',
  "Notably, she underscored that despite our eagerness to protect children from online abuse, it's essential not to consider the web as an adversary but rather as an ally in this effort.")
q('paraphrase', "what age groups are the un telecom agency's safety chat app and its online game made for",
  'Furthermore, was shared the development and launch of a Web App, "Ask me! Your online safety friend," tailored to children aged 13 to 17, and introduced an online game, "Sango’s Adventure: Discover Online Safety," designed for children aged 9 to 12.')
q('paraphrase', 'pakistan telecoms regulator school programme with the short video app - how many people and schools did it reach',
  'including the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools.')
q('paraphrase', 'by how much does bulgaria hope to cut violence against kids under its 2022-2026 plan',
  "The program's expected outcomes include a 20% reduction in violence, better awareness of online risks, and improved professional capacity to address child protection issues.")
q('paraphrase', 'is there a phone number children in tanzania can ring day or night for help',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.')
q('paraphrase', 'which delegation complained about pupils misusing mobiles at school and wanted too much time online put on the agenda',
  'Canada raised concerns about the abusive use of cell phones in schools, suggested that "child-too-much-online" should be considered in future discussions on COP, which was supported by other meeting participants.')
q('paraphrase', 'out of the countries looked at, how many name sexual exploitation of kids online as an underlying offence for money laundering laws',
  'Their 2025 study indicates that there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime.')
q('paraphrase', 'european treaty against sexual abuse of children - when did it come into force and how many states are party to it',
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties and is monitored by the Lanzarote Committee through thematic rounds.')
q('paraphrase', 'study finding that parents think they can keep kids safe online better than they really can',
  'The VOICE research (2024), involving nearly 500 children and caregivers across 15 countries, points out that children accept online risks as normal, while caregivers overestimate their ability to protect them.')
q('paraphrase', 'where and when is the meeting to sign off the shared declaration on artificial intelligence and kids rights',
  "A key milestone will be the Tbilisi Conference, which is to be held on March 10 to 12 in 2025, where stakeholders will finalize the document, ensuring global consensus to protect children's rights in AI-driven environments.")
q('paraphrase', 'what was the record turnout and number of papers the group had as of its january 2022 meeting',
  'The Chair noted the growth of the CWG-COP, with this meeting having the largest number of contributions (18 in total) and number of participants (more than 150) [since formation of the CWG].')
q('paraphrase', 'which country offered in 2021 to host briefing sessions on kids online safety together with the un agency and partners',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
q('paraphrase', "did all council members agree the group's mandate should be rewritten in 2022?",
  'supported the recommendation that CWG-COP continue its work, and several said that its terms of reference should indeed be amended.',
  'Two councillors, however, considered that the group should continue its work in its current form and under its current terms of reference.')
q('paraphrase', 'when did the itu bring out its cartoon character for kids and who came up with the design',
  'Also, ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020.',
  'It had been created and designed by children and helped children, parents and teachers to understand the dangers that children faced being online and how to manage them.')
q('paraphrase', 'how many people took part in the autumn 2024 session',
  'In the twenty-first meeting, the Group of 129 participants discussed the contributions and information documents received.')
q('paraphrase', 'decision to make talks with tech and telecom companies more informal - who will run them',
  'The meeting agreed that ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement.')
q('paraphrase', "finance officer here: does the group's work over the last two meetings need extra money?",
  'Within the allocated budget 2024-2025.')
q('paraphrase', "when will the standards shortcomings study from the security study group's side team be reviewed, and by whom first",
  'The meeting expressed the expectation that the gap analysis report prepared by the Correspondence Group on Child Online Protection (CG-COP) would be discussed at the next meeting in October 2025.',
  'It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting of the CWG-COP.')
q('paraphrase', 'what should the staff do with what children said about support hotlines, according to the chair',
  "He invited the Secretariat to share children's feedback on helplines with relevant parent organizations and the expert group of the Global Cybersecurity Index (GCI) for inclusion in child online protection questions.")
q('unanswerable', "how many calls a year does tanzania's kids helpline actually get")
q('unanswerable', "how big was the fine the french data regulator gave companies for mishandling children's data")
q('unanswerable', "how many young people filled in the 2018 online poll about kids' tech skills")
q('unanswerable', 'number of downloads of the itu safety app for teenagers so far?')
q('unanswerable', "in poland's 2022 consumer poll, what percent of children said they had been bullied online")
q('unanswerable', 'how many people attended the january 2021 session of the kids online safety group')
q('unanswerable', "how much money did the dutch lottery put into the four-country children's rights online project")
q('unanswerable', 'what is the name of the ex-president of malta who spoke at the 2023 meeting')

# A twenty-fourth batch of 48 (twentieth session), from the reports' less obvious parts: 16 paraphrases,
# 8 examples, 6 time, 6 meetings, 4 facts, 4 actors and 4 unanswerable. Run once before its fixes: recall@5 0.932,
# evidence 0.841, unanswerable abstained 0.750, wrongly abstained 0.000.
q('paraphrase', 'there was an online training session late last year in south america for young people who run games and athletics activities with poor kids - how many were trained and how many children do they work with?',
  'In December 2024, a webinar in Ecuador trained 46 young coaches working with over 1,800 children')
q('paraphrase', 'Which group brings together banks, payment companies and police to choke off the money behind the sexual exploitation of minors on the internet, and how long has it been around?',
  'ICMEC’s Financial Coalition Against Child Sexual Exploitation (FCACSE), launched in 2006, unites financial institutions, technology partners, and law enforcement')
q('paraphrase', "I'm a researcher looking at money-laundering laws. In how many countries does the law spell out that sexually exploiting kids over the internet counts as an underlying offence for laundering? I need the number out of however many countries were looked at.",
  'Their 2025 study indicates that there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime.')
q('paraphrase', 'is there a free phone number kids in east africa can ring day or night in confidence',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.')
q('paraphrase', 'has any government thought about giving children a special mobile phone chip that blocks unsuitable material?',
  'exploring the introduction of a Child SIM Card to filter inappropriate content')
q('paraphrase', 'polish telecoms office school awareness drive - how many pupils took part in 2017 and how many by 2021',
  'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
q('paraphrase', "How many firms and bodies have put their name to the Russian tech industry's code of good conduct on kids' lives on the internet?",
  'Key initiatives include the Digital Childhood Ethics Charter, signed by 13,000+ organizations')
q('paraphrase', "Delegate here, preparing for the next session. Back in 2022 did the governing body's members push for closer work with the outfit that hands out web addresses (and its panel of government advisers) over misuse of website names? And what did they finally ask the head of the organisation to do about it?",
  'Several councillors called for greater cooperation with the Internet Corporation for Assigned Names and Numbers (ICANN) and its Governmental Advisory Committee (GAC), particularly in relation to abuse of the domain-name system.',
  'request that the Secretary-General report to the Council on ICANN and GAC activities related to child online protection')
q('paraphrase', 'the chairman felt the yearly get-together was too short after so many submissions came in. how long did he want it to last?',
  'extending the allocated time for the Council Working Group to one and a half days')
q('paraphrase', "why don't blocking filters and parent monitoring apps fix the problem, according to one children's rights charity?",
  'Traditional safety measures, such as content blocking or parental controls, fail to address the root issue: digital platforms are not designed with children in mind')
q('paraphrase', 'e-course for mums and dads to stop teenagers being drawn into extremist ideas - when does it go live and in what languages?',
  'This program, set to launch in March 2025, aims to equip parents, carers, and early help professionals',
  'Available in English and Welsh')
q('paraphrase', 'the european treaty against sexual abuse of kids - how many countries are signed up and since when has it applied',
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties')
q('paraphrase', 'A survey of roughly 500 youngsters and the adults looking after them across fifteen countries - what did it find about how each group sees the dangers online?',
  'The VOICE research (2024), involving nearly 500 children and caregivers across 15 countries, points out that children accept online risks as normal, while caregivers overestimate their ability to protect them.')
q('paraphrase', "did all member states on the governing body agree the group's remit should be rewritten before the 2022 conference, or did some object?",
  'Two councillors, however, considered that the group should continue its work in its current form and under its current terms of reference.')
q('paraphrase', 'Does the group have to ask young people what they think before each of its sessions, or is that optional?',
  'to encourage CWGCOP to conduct online consultations with youth to listen to their views and opinions on different matters related to child online protection, prior to and during its meeting',
  'stating that it was a requirement before any such Council Working Group meeting')
q('paraphrase', 'teacher here - in british schools who gets more training on internet safety, the staff or the mums and dads?',
  'staff training is consistently a weak part of the education curriculum as schools spend a lot more time in the UK training parents and not members of staff')
q('examples', 'any examples of countries translating the ITU guidelines into their own language?',
  'translating ITU Child Online Protection into Hungarian',
  'In Malta, translated guidelines were officially presented during a national event',
  'PTA has also developed local language content in Urdu, including translated guidebooks')
q('examples', 'What have countries and organisations set up so that people can report child abuse material or abuse online? Looking for hotlines, portals, complaint systems etc.',
  'a National Safer Internet Centre Hotline for reporting abuse',
  'a complaint management system (CMS) for reporting child abuse online',
  'IWF establishes a reporting portal and works to equip resource-poor countries and territories with a simple solution for reporting child sexual abuse imagery online.')
q('examples', 'which organisations are working on child online protection through sport',
  'SCORT Foundation highlighted the critical role of sports in promoting Child Online Protection.',
  'In Ecuador, a training webinar for young coaches was held in partnership with the Scort Foundation, integrating child online protection into sports.')
q('examples', 'examples of national cybersecurity strategies that include child online protection',
  'The integration of the Child Online Protection guidelines into the "National Cybersecurity Strategy" underlines their comprehensive approach to online child protection.',
  'Chad’s National Cybersecurity Strategy recommends parental control standards, awareness campaigns, and integrating online safety education into schools and healthcare settings.',
  'In the Bahamas, a National Cybersecurity Strategy (2024) aims to embed cybersecurity education, strengthen law enforcement capabilities, and address legal gaps in child protection.')
q('examples', 'Journalist here. Which tech companies have actually turned up to these meetings to explain what they do to keep kids safe?',
  'During the interactive panel discussion, Meta and Snap.Inc were asked the following question',
  "the Tech Coalition introduced their alliance of 35 technology companies working collectively to ensure children's safety online")
q('examples', 'any games, quizzes or apps made for kids about staying safe online? want ideas for my class',
  'introduced an online game, "Sango’s Adventure: Discover Online Safety," designed for children aged 9 to 12',
  'Key initiatives include interactive tools like the Incollables® quiz, the Digital Guardians game, and manga-style educational content',
  'The representative also explained the #TodosSomosUnicos APP Competition')
q('examples', 'which countries have a national committee on child online protection',
  'The representative from Egypt presented the activities of Egypt’s National Committee for Child online protection in the last two years.',
  'The National Advisory Committee on Child Online Safety of Tanzania, comprising government and non-government stakeholders, advises on COP policies',
  'PTA established a Child Online Protection Committee')
q('examples', 'age verification / age assurance - what are the EU, the standards people and member states saying?',
  'a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026',
  'This report highlights critical gaps, such as the lack of comprehensive standards for age verification',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.')
q('time', 'when will the gap analysis report on COP standards be discussed, first in SG17 and then in the CWG?',
  'would be discussed at the next meeting in October 2025',
  'It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting of the CWG COP.')
q('time', 'dates of the Tbilisi conference for the joint statement on AI and child rights?',
  'A key milestone will be the Tbilisi Conference, which is to be held on March 10 to 12 in 2025')
q('time', 'when was sango the cop mascot launched',
  'ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020.',
  'The COP Mascot was posted online.')
q('time', 'The Philippines had two draft resolutions in October 2023 - when were they supposed to come back, and in what form?',
  'merge the two resolutions into a single one for resubmission in January.')
q('time', 'how has attendance at the CWG-COP meetings changed over the years? 2018 vs 2022 vs 2025',
  'Approximately 50 participants, representing governments',
  'number of participants (more than 150)',
  'Approximately 191 participants')
q('time', 'when are the final guiding principles for child helplines and tech platforms (the online participation project) due out?',
  'draft guiding principles for child helplines and tech platforms shared for consultation. Final principles will be published in 2025')
q('meeting', 'What liaison statements came out of the 15th meeting in September 2019?',
  'A first liaison statement was sent to ITU-D Study Group 2 to inform delegations on the work of the Guidelines and ensure a more participatory process.',
  'A second liaison statement was sent to ITU-D to request further information on EG-household Indicators and the related discussion on COP indicators.')
q('meeting', 'how many contributions did the 19th meeting get - was it a record? and the 18th?',
  'with a total of 24 contributions, a milestone that had not been reached before',
  'with this meeting having the largest number of contributions (18 in total)')
q('meeting', 'January 2021 meeting - what did the chair recommend about the regional offices and the ITU-D study group?',
  'The Chair recommended engaging ITU Regional Offices in the CWG-COP and related meetings.',
  'The Chair finally invited the CWG-COP membership to contribute to the work of the ITU-D SG2 related to COP.')
q('meeting', 'fourteenth meeting: who was in the chair and what did he propose about a logo / identity for the group?',
  'which was chaired by Mr Ibrahim Al Dabal (UAE)',
  'The Chair also presented the idea of giving an identity to the group – he presented the logo and requested participants to give inputs on the proposal.',
  'The participants agreed to send the comments on the logo to the secretariat via email.')
q('meeting', 'were there any submissions at the february 2025 meeting that didnt get presented, and why',
  'The information document by eWorldwide Group was not presented, as the intervenor was not onsite nor connected online.',
  'was not presented, as the intervenor was not presented onsite nor connected online.')
q('meeting', '21st meeting decision on dialogues with the ICT industry and on sharing childrens helpline feedback',
  'The meeting agreed that ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement.',
  "He invited the Secretariat to share children's feedback on helplines with relevant parent organizations and the expert group of the Global Cybersecurity Index (GCI)")
q('fact', 'how many children a year are affected by online sexual exploitation and abuse according to weprotect',
  'a growing global crisis affecting over 300 million children annually')
q('fact', 'What are the financial implications of the Council report on the 21st and 22nd CWG-COP meetings?',
  'Within the allocated budget 2024-2025.')
q('fact', 'Which plenipotentiary decision obliges Council to review the four-year reports of its working groups and recommend whether to keep or end them?',
  'as per PP Decision 11 (Rev. Dubai, 2018), the Council at its ordinary session before the Plenipotentiary Conference shall consider the four-year reports of Council Working Groups (CWGs)')
q('fact', "Terre des Hommes children's rights online initiative - who funds it, how long does it run and in which countries?",
  'This three-year initiative, running from 2022 to 2025, is funded by the Netherlands Postcode Lottery and operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya.')
q('actor', 'what did canada raise at the 22nd meeting about phones in schools',
  'Canada raised concerns about the abusive use of cell phones in schools, suggested that "child-too-much-online" should be considered in future discussions on COP, which was supported by other meeting participants.')
q('actor', 'Saudi Arabia proposal CWG-COP 2021',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
q('actor', 'In 2018 the Russian Federation brought a proposal to the group - what was it about and who co-signed it?',
  'The delegation from the Russian Federation presented the proposal on the revision on the Resolution 179 (Rev. Busan, 2014).',
  'The contribution was submitted by the Russian Federation, Republic of Armenia, Republic of Belarus, and Kyrgyz Republic.')
q('actor', 'what did bulgaria tell the october 2023 meeting under any other business',
  'In collaboration with organizations, the State Agency for Child Protection has established online safety guidelines, focusing on preventing online harassment')
q('unanswerable', 'How much money did the Netherlands Postcode Lottery give to the Terre des Hommes online safety programme in Cambodia, Nepal, the Philippines and Kenya?')
q('unanswerable', 'whats the name of the co-convener of the SG17 correspondence group on child online protection')
q('unanswerable', 'Has Bulgaria actually achieved the 20% reduction in violence against children that its national programme aimed for?')
q('unanswerable', 'what are the exact dates of the world telecommunication development conference in azerbaijan that the BDT director mentioned')

# A twenty-fifth batch of 50 (twentieth session), the held-out set's mix, written after this session's first
# fixes to measure them: 8 facts, 7 actors, 12 paraphrases, 7 examples, 5 multi, 3 time and 8 unanswerable. Run once:
# recall@5 0.952, MRR@10 0.847, evidence 0.897, unanswerable abstained 1.000, wrongly abstained 0.071.
q('fact', 'who chaired the 14th CWG-COP meeting in jan 2018?',
  'which was chaired by Mr Ibrahim Al Dabal (UAE)')
q('fact', 'How many contributions were submitted to the 19th meeting of the child online protection working group?',
  'He highlighted the growing significance of the group, with a total of 24 contributions, a milestone that had not been reached before.')
q('fact', 'date of the sixteenth cwg-cop meeting',
  'The main results of the sixteenth meeting of the Council Working Group on Child Online Protection, held on 4 February 2020, were:')
q('fact', 'number of participants 21st meeting CWG COP (sept/oct 2024)',
  'In the twenty-first meeting, the Group of 129 participants discussed the contributions and information documents received.')
q('fact', 'scort foundation ecuador webinar how many young coaches trained and how many kids do they work with',
  'In December 2024, a webinar in Ecuador trained 46 young coaches working with over 1,800 children, addressing risks like cyberbullying and exploitation.')
q('fact', 'Lanzarote Convention - how many state parties does it currently have and when did it enter into force?',
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties and is monitored by the Lanzarote Committee through thematic rounds.')
q('fact', 'whats the name of the ITU child online protection mascot and when was it launched',
  'Also, ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020.')
q('fact', 'ICMEC study: how many countries explicitly list online child sexual exploitation as a predicate crime for money laundering?',
  'Their 2025 study indicates that there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime.')
q('actor', 'What did Canada raise at the February 2025 CWG-COP meeting?',
  'Canada raised concerns about the abusive use of cell phones in schools, suggested that "child-too-much-online" should be considered in future discussions on COP, which was supported by other meeting participants.')
q('actor', 'germany question age verification 22nd meeting',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.')
q('actor', "I'm writing a brief on the French data protection authority - what did CNIL present at the 2023 meeting?",
  'The CNIL contribution highlighted their multifaceted approach, encompassing information and rights protection, compliance support and guidance, anticipation, and innovation, as well as investigations and sanctions.',
  'The speaker presented how the organization had published eight recommendations to strengthen the protection of children online.')
q('actor', 'what does the Internet Watch Foundation do according to the 2018 meeting report',
  'The organization functions as the UK’s hotline service for analysing child sexual abuse imagery online, and has campaigns including tackling the sexual behaviours of young men online.',
  'IWF establishes a reporting portal and works to equip resource-poor countries and territories with a simple solution for reporting child sexual abuse imagery online.')
q('actor', 'what did saudi arabia propose in the cwg cop',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
q('actor', 'India G20 toolkit cyber education presented to the working group - what is it?',
  "India's contribution introduced the G20 Toolkit on Cyber Education and Cyber Awareness in collaboration with ITU.",
  'This toolkit, informed by various measures adopted by G20 members, is designed to enhance knowledge sharing, identify key online risks for children and youth, provide mitigation response templates for policymakers, and offer essential takeaways.')
q('actor', 'egypt national committee for child online protection challenges they mentioned',
  'The delegate stated that one major challenge they face was in bringing on board more NGOs. Another difficulty was in the fact that those NGOs willing to partner tended not focus solely on child online safety.')
q('paraphrase', 'is there some kind of internet safety video game ITU made for younger kids? what age group',
  'and introduced an online game, "Sango’s Adventure: Discover Online Safety," designed for children aged 9 to 12.')
q('paraphrase', "which country's telecoms regulator teamed up with a short-video app to teach school kids digital skills, and how many people did it reach",
  'The information document by Pakistan summarized its extensive initiatives for Child Online Protection between 2024 to 2025, launched by Pakistan Telecommunication Authority (PTA)',
  'including the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools.')
q('paraphrase', 'did anyone suggest the group should get more time for its meetings because there were so many submissions?',
  'Consequently, he suggested the formulation of a recommendation to be presented with the goal of extending the allocated time for the Council Working Group to one and a half days.')
q('paraphrase', 'has any government looked at special mobile phone cards for kids that block unsuitable stuff',
  'The information document by Tanzania discussed its progress on Child Online Protection',
  'Ongoing initiatives such as developing a Child Online Protection Strategy and exploring the introduction of a Child SIM Card to filter inappropriate content.')
q('paraphrase', 'role of banks and payment firms in stopping people who profit from sexually abusing children over the internet',
  'ICMEC’s Financial Coalition Against Child Sexual Exploitation (FCACSE), launched in 2006, unites financial institutions, technology partners, and law enforcement to disrupt OCSE’s economic infrastructure through a "detect, report, disrupt" approach.')
q('paraphrase', 'small european country in the pyrenees creating a government office to deal with kids being hooked on screens',
  'The information document by Andorra covered its Digital Transformation Programme, which focuses on child online protection and digital wellbeing',
  'The country adopts a broad approach, addressing physical, mental, social, and emotional health to prevent screen addiction, social isolation, and digital stress.',
  'A key initiative is the establishment of Digital Skills and Wellbeing Office, which will coordinate national efforts, implement policies, and collaborate internationally.')
q('paraphrase', 'do british schools train their own staff enough on keeping pupils safe on the web?',
  'He further pointed to the fact that staff training is consistently a weak part of the education curriculum as schools spend a lot more time in the UK training parents and not members of staff.')
q('paraphrase', 'any course for mums and dads to stop teenagers getting drawn into extremist ideas on the internet',
  'The information document by WISE KIDS introduced an innovative e-learning program, Preventing Online Radicalisation, developed by the organization in collaboration with Cardiff Council and funded by the UK Home Office.',
  'This program, set to launch in March 2025, aims to equip parents, carers, and early help professionals with the knowledge and tools to prevent online radicalisation among young people.')
q('paraphrase', 'research showing that parents think they can protect their children online better than they actually can',
  'The information document by Terre des Hommes highlighted the urgent need for regulation in the digital and tech industry to protect children from online sexual exploitation.',
  'The VOICE research (2024), involving nearly 500 children and caregivers across 15 countries, points out that children accept online risks as normal, while caregivers overestimate their ability to protect them.')
q('paraphrase', "did all council members agree that the group's mandate should be rewritten, or did some want to keep it as it was?",
  'supported the recommendation that CWG-COP continue its work, and several said that its terms of reference should indeed be amended.',
  'Two councillors, however, considered that the group should continue its work in its current form and under its current terms of reference.')
q('paraphrase', 'a former head of state told the meeting we shouldnt treat the web as the enemy - who and what exactly did she say',
  'The former president of Malta expressed the importance of sharing best practices and stressed the need to empower those working with children.',
  "Notably, she underscored that despite our eagerness to protect children from online abuse, it's essential not to consider the web as an adversary but rather as an ally in this effort.")
q('paraphrase', "does the group's work over 2024-25 need any extra money on top of what's already set aside?",
  'Within the allocated budget 2024-2025.')
q('examples', 'examples of countries translating the ITU COP guidelines into their own languages',
  'In Malta, translated guidelines were officially presented during a national event, while the Maldives saw the implementation of a Training of Trainers for Educators.',
  'provided an overview on the activities which included translating ITU Child Online Protection into Hungarian',
  'PTA has also developed local language content in Urdu, including translated guidebooks, awareness videos, and a complaint management system (CMS) for reporting child abuse online.')
q('examples', 'examples of sport being used to protect children online',
  'SCORT Foundation highlighted the critical role of sports in promoting Child Online Protection.',
  'Their collaboration with ITU has produced recommendations to support sports organizations in integrating online safeguarding policies, ultimately aiming to create a toolkit for sports coaches.',
  'Through sports, coaches foster trust and open conversations about online safety, building a protective ecosystem that raises awareness, encourages positive interactions, and equips children with skills to respond to online threats.')
q('examples', 'Which countries have put child online protection into their national cybersecurity strategy? need examples for an intervention',
  'The integration of the Child Online Protection guidelines into the "National Cybersecurity Strategy" underlines their comprehensive approach to online child protection.',
  'Chad’s National Cybersecurity Strategy recommends parental control standards, awareness campaigns, and integrating online safety education into schools and healthcare settings.',
  'In the Bahamas, a National Cybersecurity Strategy (2024) aims to embed cybersecurity education, strengthen law enforcement capabilities, and address legal gaps in child protection.')
q('examples', 'what tech / social media companies told the group about how they keep kids safe on their platforms',
  'Responses ranged from prioritizing age-appropriate content and robust moderation to offering privacy settings and parental controls.',
  "Snap also provided an overview of a Family Center for parents to monitor their teens' interactions on the platform.",
  "In their presentation, the Tech Coalition introduced their alliance of 35 technology companies working collectively to ensure children's safety online.")
q('examples', 'names of national awareness campaigns on kids online safety, e.g. in Bulgaria, Poland, France',
  'A national information campaign, "Be Brave, Be Good," was launched in 2024 to engage the community and raise awareness',
  'The contribution from UKE in Poland focused on the educational campaign “I click sensibly”, which targets primary school pupils, parents and teachers.',
  'Their proactive actions also include making digital education a strategic priority and launching the campaign “all together for a safe internet”.')
q('examples', "examples of organisations working on artificial intelligence and children's rights",
  'The information document by UN Committee on the Rights of the Child (UNCRC) outlined its initial proposal of the drafting of a Joint Statement on AI and Child Rights, which is a collaborative effort led by ITU and UNCRC',
  'UNICEF is also updating its AI for Children guidance and conducting research on neurotechnology and child rights.',
  'The Steering Committee for the Rights of the Child is also working on children’s rights in the context of artificial intelligence, conducting a mapping study and developing a child rights impact assessment tool for AI')
q('examples', 'hotlines and reporting systems for child sexual abuse material mentioned by members - examples',
  'The organization has a system called ICCAM which allows hotlines to receive, assess and send reports to Interpol for intervention.',
  'A key component of the program is child online protection, which includes digital-media literacy, training on online risks, and a National Safer Internet Centre Hotline for reporting abuse.',
  'IWF establishes a reporting portal and works to equip resource-poor countries and territories with a simple solution for reporting child sexual abuse imagery online.')
q('multi', 'how has attendance at CWG-COP meetings grown over the years? numbers per meeting',
  'Approximately 50 participants, representing governments, private sector, civil society, academia, and international and intergovernmental organizations, participated both physically and remotely in the meeting',
  'with this meeting having the largest number of contributions (18 in total) and number of participants (more than 150)',
  'Approximately 191 participants, representing governments, private sector, civil society, academia, international and intergovernmental organizations, participated in the meeting')
q('multi', 'philippines draft resolutions girls in ict - how did other countries react and what did the chair decide?',
  'Following the presentation of the Republic of the Philippines of resolutions, several countries, including Russia, Iran, Canada, Indonesia, the US, the UAE, and South Africa, engaged in discussions.',
  'The need to avoid duplicating themes already covered in the resolution 179 was also highlighted.',
  'the chair proposed that the Republic of the Philippines consider offline feedback from all contributors and merge the two resolutions, offering the possibility of resubmitting one in January.')
q('multi', 'ITU Industry Connect quarterly discussions: what are they and what changes did the meeting ask for in the concept note?',
  'These sessions will focus on specific sectors such as AI-driven platforms, social media, gaming, streaming services, and educational technology, addressing the unique risks and challenges children face in each environment',
  'The sessions will be held virtually, beginning in 2025, with language support provided where possible, and will culminate in actionable recommendations to advance global COP strategies.',
  'Additionally, the Secretariat was invited to update the Concept Note based on feedback, including references to ITU Resolutions 179 and 67, engagement of children, accessibility through sign language, and regional participation.')
q('multi', 'SG17 correspondence group gap analysis on COP standards - what gaps did it find and where does it go next',
  'This report highlights critical gaps, such as the lack of comprehensive standards for age verification and the challenges posed by end-to-end encryption in detecting child sexual abuse material.',
  'It recommends collaboration with international standardization bodies like International Organization for Standardization (ISO), Institute of Electrical and Electronics Engineers (IEEE), and European Telecommunications Standards Institute (ETSI)',
  'It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting of the CWG COP.')
q('multi', 'ICANN and GAC: what did councillors ask for regarding child online protection and what did council decide',
  'Several councillors called for greater cooperation with the Internet Corporation for Assigned Names and Numbers (ICANN) and its Governmental Advisory Committee (GAC), particularly in relation to abuse of the domain-name system.',
  'more focus had been given to the issue of ITU’s COP partnerships, and thus it would be an opportune time to expand collaboration with ICANN and invite it to participate in the work of the group.',
  'and to request that the Secretary-General report to the Council on ICANN and GAC activities related to child online protection.')
q('time', 'joint statement on AI and child rights ITU/CRC - what are the next steps and dates?',
  'A key milestone will be the Tbilisi Conference, which is to be held on March 10 to 12 in 2025, where stakeholders will finalize the document',
  'Additionally, ITU initiated a collaboration with the Committee on the Rights of the Child to draft a Joint Statement on child protection in the context of AI, which will be shared for consultation and submitted for adoption by the Committee in 2025.')
q('time', 'when is the EU age verification app going live, and what comes after it?',
  'and a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026.')
q('time', 'poland i click sensibly campaign - how many kids reached in 2017 vs the target for 2021',
  'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
q('unanswerable', 'How many young people responded to the 2018 online youth consultation on digital literacy run with RErights?')
q('unanswerable', 'exact amount in CHF allocated to CWG-COP in the 2024-2025 ITU budget')
q('unanswerable', 'Was the merged Philippines resolution on child online protection in Girls in ICT celebrations resubmitted in January 2024 and adopted by Council?')
q('unanswerable', 'what fines or penalties has the EU imposed on platforms under the Digital Services Act for failing to protect minors')
q('unanswerable', "how many complaints about child abuse online has Pakistan PTA's complaint management system received so far")
q('unanswerable', 'main outcomes of the 20th CWG-COP meeting')
q('unanswerable', 'Snap said its detection led to arrests - how many arrests exactly, and in which countries?')
q('unanswerable', 'tanzania cybercrimes act 2024 amendment - what new offences and prison terms for online child abuse were added?')
# A twenty-sixth batch of 50 (twenty-first session), the held-out set's mix: 8 facts, 7 actors, 12 paraphrases,
# 7 examples, 5 multi, 3 time and 8 unanswerable. Run once: recall@5 0.881, MRR@10 0.801, evidence 0.810,
# unanswerable abstained 1.000, wrongly abstained 0.000 (all five misses paraphrases).
q('fact', 'How many people attended the 19th meeting of CWG-COP and who chaired it?',
  'Approximately 120 participants, representing governments, private sector, civil society, academia, international and intergovernmental organizations, participated in the meeting, which was chaired by Mr Abdelaziz Alzarooni (UAE).')
q('fact', 'where and when was the 14th CWG-COP meeting held',
  'The 14th meeting of CWG-COP was held on 23 January 2018 at the ITU Headquarters in Geneva.')
q('fact', 'number of participants at the twenty-first meeting of the council working group on child online protection',
  'In the twenty-first meeting, the Group of 129 participants discussed the contributions and information documents received.')
q('fact', "Who chaired the twenty-second meeting, since the Chair himself wasn't presiding?",
  'Approximately 191 participants, representing governments, private sector, civil society, academia, international and intergovernmental organizations, participated in the meeting, which was chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria).')
q('fact', 'How many contributions and participants did the eighteenth meeting have? I heard it was a record.',
  'The Chair noted the growth of the CWG-COP, with this meeting having the largest number of contributions (18 in total) and number of participants (more than 150) [since formation of the CWG].')
q('fact', 'how many state parties does the Lanzarote Convention currently have',
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties and is monitored by the Lanzarote Committee through thematic rounds.')
q('fact', 'How many children and young people were consulted in the WeProtect #MyVoiceMyFuture campaign, and in how many countries?',
  'The Alliance’s #MyVoiceMyFuture campaign, which consulted 85 children and youth across nine countries, revealed their concerns about digital safety, including AI risks, stalking, and exposure to harmful content.')
q('fact', 'How many tech companies are members of the Tech Coalition?',
  "In their presentation, the Tech Coalition introduced their alliance of 35 technology companies working collectively to ensure children's safety online.")
q('actor', 'What did Canada bring up in the discussion at the February 2025 meeting?',
  'Canada raised concerns about the abusive use of cell phones in schools, suggested that "child-too-much-online" should be considered in future discussions on COP, which was supported by other meeting participants.')
q('actor', 'germany question age verification toolkits',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.')
q('actor', 'What did Saudi Arabia propose to do with ITU at the seventeenth meeting?',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
q('actor', 'What did the Russian delegation put forward at the 2018 meeting, and which countries co-signed it?',
  'The delegation from the Russian Federation presented the proposal on the revision on the Resolution 179 (Rev. Busan, 2014).',
  'The contribution was submitted by the Russian Federation, Republic of Armenia, Republic of Belarus, and Kyrgyz Republic.')
q('actor', 'what did the Internet Watch Foundation present and what did they ask of participants',
  'The contribution from the Internet Watch Foundation focused on eliminating child sexual abuse imagery online.',
  'IWF establishes a reporting portal and works to equip resource-poor countries and territories with a simple solution for reporting child sexual abuse imagery online.',
  'The representative mentioned the importance of a multistakeholder approach to implementation of these portals and then requested participants to engage him later in order to exchange information on how to set up the portals.')
q('actor', 'What was the main message of the former President of Malta in her opening remarks?',
  'The former president of Malta expressed the importance of sharing best practices and stressed the need to empower those working with children.',
  "Notably, she underscored that despite our eagerness to protect children from online abuse, it's essential not to consider the web as an adversary but rather as an ally in this effort.")
q('actor', 'What themes did UNICEF cover in its discussion paper series presented in 2018, and was a toolkit announced?',
  'The representative proceeded to explain the key themes of UNICEF’s discussion paper series which were: privacy and data collection, freedom of expression, access to information and participation, as well as access to the internet.',
  'A toolkit on this is to be released in March 2018.')
q('examples', 'any examples of using sports to teach children about online safety?',
  'Leveraging sports as a universal language, the foundation creates safe environments for children, bridging the physical and digital worlds.',
  'In Ecuador, a training webinar for young coaches was held in partnership with the Scort Foundation, integrating child online protection into sports.',
  'Their collaboration with ITU has produced recommendations to support sports organizations in integrating online safeguarding policies, ultimately aiming to create a toolkit for sports coaches.')
q('examples', 'Examples of helplines or hotlines where kids can report abuse or get support',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.',
  'A key component of the program is child online protection, which includes digital-media literacy, training on online risks, and a National Safer Internet Centre Hotline for reporting abuse.',
  'with draft guiding principles for child helplines and tech platforms shared for consultation')
q('examples', 'what have countries done to translate the COP guidelines or materials into their own languages?',
  'PTA has also developed local language content in Urdu, including translated guidebooks, awareness videos, and a complaint management system (CMS) for reporting child abuse online.',
  'In Malta, translated guidelines were officially presented during a national event, while the Maldives saw the implementation of a Training of Trainers for Educators.',
  'It was also mentioned the launch and roll-out of the translation ITU Child Online Protection Guidelines into national languages.')
q('examples', 'Are there examples of games, quizzes or apps that teach kids online safety?',
  'Furthermore, was shared the development and launch of a Web App, "Ask me! Your online safety friend," tailored to children aged 13 to 17, and introduced an online game, "Sango’s Adventure: Discover Online Safety," designed for children aged 9 to 12.',
  'Key initiatives include interactive tools like the Incollables® quiz, the Digital Guardians game, and manga-style educational content, addressing topics such as privacy, cyberbullying, misinformation, and data protection.',
  'The Wa3i.net platform developed within the initiative offers specialized content, interactive games, guidebooks, and online safety training in Arabic.')
q('examples', 'examples of national committees set up for child online protection',
  'The representative from Egypt presented the activities of Egypt’s National Committee for Child online protection in the last two years.',
  'PTA established a Child Online Protection Committee, prioritizing education and prevention, including the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools.',
  'The National Advisory Committee on Child Online Safety of Tanzania, comprising government and non-government stakeholders, advises on COP policies and conducts nationwide awareness campaigns.')
q('examples', "I'm preparing an intervention on linking child online protection with cybersecurity policy. Which countries have built COP into their national cybersecurity strategies?",
  'The integration of the Child Online Protection guidelines into the "National Cybersecurity Strategy" underlines their comprehensive approach to online child protection.',
  'Chad’s National Cybersecurity Strategy recommends parental control standards, awareness campaigns, and integrating online safety education into schools and healthcare settings.',
  'In the Bahamas, a National Cybersecurity Strategy (2024) aims to embed cybersecurity education, strengthen law enforcement capabilities, and address legal gaps in child protection.')
q('examples', 'safer internet day events organised by countries - examples?',
  'The major events were the ITU Regional Workshop- COP Regional strategy (2015), the Safer Internet Day in Beheira Governorate (2016) and the Safer Internet Day in Port-Said Governorate (2017).',
  'Chad also participates in global initiatives like Safe Internet Day and Personal Data Protection Day, raising awareness about cyberbullying and digital privacy.',
  'Events like Safer Internet Day and social media awareness campaigns have further expanded outreach.')
q('multi', 'How did attendance compare between the 2018 meeting, the 2023 meeting and the February 2025 meeting?',
  'Approximately 50 participants, representing governments, private sector, civil society, academia, and international and intergovernmental organizations, participated both physically and remotely in the meeting, which was chaired by Mr Ibrahim Al Dabal (UAE).',
  'Approximately 120 participants, representing governments, private sector, civil society, academia, international and intergovernmental organizations, participated in the meeting, which was chaired by Mr Abdelaziz Alzarooni (UAE).',
  'Approximately 191 participants, representing governments, private sector, civil society, academia, international and intergovernmental organizations, participated in the meeting, which was chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria).')
q('multi', 'philippines draft resolutions - what did they propose and what did the chair decide about them?',
  'The purpose of this document is to encourage ITU and its member states to generate strategic plans, policies, and programs and integrate online safety measures in all existing initiatives.',
  'The resolution suggests maximizing the impact of the Girls in ICT initiative by incorporating Child Online Protection discussions into all Girls in ICT celebrations of ITU Member States',
  'the chair proposed that the Republic of the Philippines consider offline feedback from all contributors and merge the two resolutions, offering the possibility of resubmitting one in January')
q('multi', 'What is the status of the Study Group 17 gap analysis on child online protection standards and what gaps has it found so far?',
  'This report highlights critical gaps, such as the lack of comprehensive standards for age verification and the challenges posed by end-to-end encryption in detecting child sexual abuse material.',
  'The group’s co-convener confirmed that the report is still being updated.',
  'It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting of the CWG-COP.')
q('multi', 'What is ITU doing together with the Committee on the Rights of the Child on artificial intelligence, and what are the next steps?',
  'Additionally, ITU initiated a collaboration with the Committee on the Rights of the Child to draft a Joint Statement on child protection in the context of AI, which will be shared for consultation and submitted for adoption by the Committee in 2025.',
  "A key milestone will be the Tbilisi Conference, which is to be held on March 10 to 12 in 2025, where stakeholders will finalize the document, ensuring global consensus to protect children's rights in AI-driven environments.")
q('multi', 'How has the way the group engages the ICT industry changed between the 21st and 22nd meetings?',
  'The meeting agreed that ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement.',
  'The meeting endorsed the proposed ITU Industry Connect: Quarterly Intersectoral Discussions on Child Online Protection series and congratulated ITU BDT on this initiative.',
  'The sessions will be held virtually, beginning in 2025, with language support provided where possible, and will culminate in actionable recommendations to advance global COP strategies.')
q('paraphrase', 'is there some kind of scorecard that rates countries on how safe kids are on the internet?',
  'The presentation by DQ institute was aimed at helping nations and stakeholders build and improve on their Child Online Safety Index strategies (COSI).')
q('paraphrase', 'Did anyone talk about banks and payment companies helping to cut off the money behind the sexual abuse of children?',
  'ICMEC’s Financial Coalition Against Child Sexual Exploitation (FCACSE), launched in 2006, unites financial institutions, technology partners, and law enforcement to disrupt OCSE’s economic infrastructure through a "detect, report, disrupt" approach.')
q('paraphrase', 'Is there any course for mums and dads on spotting when a teenager is being pulled into extremist views on the internet?',
  'This program, set to launch in March 2025, aims to equip parents, carers, and early help professionals with the knowledge and tools to prevent online radicalisation among young people.')
q('paraphrase', 'research showing youngsters just see internet dangers as part of life while their parents think they can protect them better than they really can',
  'The VOICE research (2024), involving nearly 500 children and caregivers across 15 countries, points out that children accept online risks as normal, while caregivers overestimate their ability to protect them.')
q('paraphrase', 'did anyone point out that school employees get less coaching on web safety than parents do?',
  'He further pointed to the fact that staff training is consistently a weak part of the education curriculum as schools spend a lot more time in the UK training parents and not members of staff.')
q('paraphrase', 'Has any government looked at special phone subscriptions for kids that automatically block unsuitable stuff?',
  'Ongoing initiatives such as developing a Child Online Protection Strategy and exploring the introduction of a Child SIM Card to filter inappropriate content.')
q('paraphrase', 'are the victims shown in abuse pictures getting younger, even babies?',
  'The representative stated that more and more reports of abuse of younger and younger children (infant abuse) were emerging and stressed the importance of creating networks of advocacy and awareness, especially in less developed countries.')
q('paraphrase', 'has anyone built a shared fingerprint list so illegal pictures of kids can be found and taken down by machines?',
  'Technological solutions such as the Hash Database enable automated identification and removal of illegal content, including Child Sexual Abuse Material (CSAM) and harmful materials.')
q('paraphrase', 'Was there a suggestion to give the group more meeting time since so many papers were submitted?',
  'Consequently, he suggested the formulation of a recommendation to be presented with the goal of extending the allocated time for the Council Working Group to one and a half days.')
q('paraphrase', "which country is worried about children getting hooked on their devices and feeling lonley, and what's it doing about it",
  'The country adopts a broad approach, addressing physical, mental, social, and emotional health to prevent screen addiction, social isolation, and digital stress.',
  'A key initiative is the establishment of Digital Skills and Wellbeing Office, which will coordinate national efforts, implement policies, and collaborate internationally.')
q('paraphrase', 'Did member states want ITU to work more closely with the organisation that runs web addresses?',
  'Several councillors called for greater cooperation with the Internet Corporation for Assigned Names and Numbers (ICANN) and its Governmental Advisory Committee (GAC), particularly in relation to abuse of the domain-name system.')
q('paraphrase', 'what share of people going online are actually kids?',
  'It highlighted the prevalence of children online, with approximately one-third of internet users being children.')
q('time', "How many children did Poland's 'I click sensibly' campaign reach at first and what was the target for later years?",
  'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
q('time', 'when did ITU launch the Sango mascot',
  'Also, ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020.')
q('time', 'When is the next CWG-COP meeting after February 2025 expected to take place?',
  'The Vice Chair expressed the expectation that the gap analysis report prepared by the Correspondence Group on Child Online Protection (CG-COP) would be discussed at the next meeting in October 2025.')
q('unanswerable', 'What did Brazil present at the 19th meeting of CWG-COP?')
q('unanswerable', 'how many times has the Sango online safety game been downloaded or played')
q('unanswerable', "What did the working group say about Australia's ban on social media for children under 16?")
q('unanswerable', 'Who was elected to chair CWG-COP for the 2026-2030 period?')
q('unanswerable', 'What was discussed at the twentieth meeting of CWG-COP and how many people attended?')
q('unanswerable', 'How many reports of child sexual abuse imagery did the Internet Watch Foundation process in 2017?')
q('unanswerable', 'What did Japan say about AI-generated deepfake images of children?')
q('unanswerable', "What penalties does Tanzania's Cybercrimes Act set for distributing child sexual abuse material?")

# A twenty-seventh batch of 36 (twenty-first session): 28 paraphrases in a delegate's, journalist's or parent's
# own words, half describing the country or organisation instead of naming it, and 8 unanswerable. Run once:
# recall@5 0.964, MRR@10 0.869, evidence 0.893, unanswerable abstained 0.875, wrongly abstained 0.000.
q('paraphrase', 'does the child online safety working group need extra money for its last two meetings or is it covered by the existing budget?',
  'Within the allocated budget 2024-2025.')
q('paraphrase', 'How many people took part in the autumn 2024 meeting and what were the main things they talked about?',
  'In the twenty-first meeting, the Group of 129 participants discussed the contributions and information documents received.',
  'Discussions focused on strengthening multi-stakeholder cooperation, enhancing child participation, and improving coordination with ITU study groups.')
q('paraphrase', 'are the conversations with tech companies going to stay formal sessions at the meetings or change format?',
  'The meeting agreed that ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement.')
q('paraphrase', 'who ran the january 2018 meeting and roughly how many people showed up?',
  'Approximately 50 participants, representing governments, private sector, civil society, academia, and international and intergovernmental organizations, participated both physically and remotely in the meeting, which was chaired by Mr Ibrahim Al Dabal (UAE).')
q('paraphrase', "How many kids did Poland's school campaign on using smartphones safely reach, and what number are they aiming for?",
  'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
q('paraphrase', "what trouble did the north african country's national kids-online-safety committee have getting charities on board?",
  'The delegate stated that one major challenge they face was in bringing on board more NGOs.',
  'Another difficulty was in the fact that those NGOs willing to partner tended not focus solely on child online safety.')
q('paraphrase', 'According to the youth survey, what is mainly stopping children from getting good computer and internet skills?',
  'Main barriers to children’s digital literacy were limited digital literacy of teachers and inadequate access to devices.')
q('paraphrase', 'is the global network of abuse-reporting hotlines seeing more cases involving babies and very young kids?',
  'The representative stated that more and more reports of abuse of younger and younger children (infant abuse) were emerging')
q('paraphrase', 'when was the UN childrens agency going to publish its guide on kids privacy and freedom of speech online',
  'UNICEF has established an internet working group to discuss the best approaches to protecting children’s rights to online privacy and free expression.',
  'A toolkit on this is to be released in March 2018.')
q('paraphrase', "Which of the group's meetings had the most submissions and the biggest attendance, and what were the numbers?",
  'The Chair noted the growth of the CWG-COP, with this meeting having the largest number of contributions (18 in total) and number of participants (more than 150) [since formation of the CWG].',
  'The main outcomes of the eighteenth meeting of the Council Working Group on Child Online Protection, held on 12 January 2022, were:')
q('paraphrase', 'did the council back keeping the working group going after 2022? did anyone disagree about changing its mandate?',
  'The group recommended to Council that the CWG-COP continue its work as a unique platform for information sharing, discussion and collaboration as well as its key role in advising ITU on its work on Child Online Protection.',
  'Two councillors, however, considered that the group should continue its work in its current form and under its current terms of reference.')
q('paraphrase', "what's the cartoon character the UN telecom agency uses to teach kids about internet dangers called, and who came up with it?",
  'Also, ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020.',
  'It had been created and designed by children and helped children, parents and teachers to understand the dangers that children faced being online and how to manage them.')
q('paraphrase', 'Did council members ask for closer work with the organisation that runs the web address system, because of misuse of website names?',
  'Several councillors called for greater cooperation with the Internet Corporation for Assigned Names and Numbers (ICANN) and its Governmental Advisory Committee (GAC), particularly in relation to abuse of the domain-name system.')
q('paraphrase', 'which gulf kingdom offered to hold information sessions on child safety online together with the UN agency in 2021?',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
q('paraphrase', 'what happened to the two draft resolutions the Philippines brought to the october 2023 meeting?',
  'After considering the input from different states, the chair proposed that the Republic of the Philippines consider offline feedback from all contributors and merge the two resolutions, offering the possibility of resubmitting one in January.')
q('paraphrase', "Did the chair want the group's meetings to last longer? How long?",
  'Consequently, he suggested the formulation of a recommendation to be presented with the goal of extending the allocated time for the Council Working Group to one and a half days.')
q('paraphrase', 'is there an app for teenagers and a game for younger children about staying safe online, and what ages are they for?',
  'Furthermore, was shared the development and launch of a Web App, "Ask me! Your online safety friend," tailored to children aged 13 to 17, and introduced an online game, "Sango’s Adventure: Discover Online Safety," designed for children aged 9 to 12.')
q('paraphrase', 'which charity has a three year online child safety project paid for by a dutch lottery, and wich countries does it run in?',
  'Terre des Hommes presented the initiative called “Safety for Children and their Rights Online”.',
  'This three-year initiative, running from 2022 to 2025, is funded by the Netherlands Postcode Lottery and operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya.')
q('paraphrase', "Which Balkan country was the first to test the UN agency's worldwide programme on keeping children safe online?",
  "The Albanian National Authority for Electronic Certification and Cybersecurity (NAECCS) contribution explained how they became the first pilot of the ITU's global Child Online Protection program, with a focus on capacity building and policy support.")
q('paraphrase', 'Who chaired the February 2025 meeting and how many people attended?',
  'Approximately 191 participants, representing governments, private sector, civil society, academia, international and intergovernmental organizations, participated in the meeting, which was chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria).')
q('paraphrase', "by how much does the black sea country's national plan against child abuse hope to cut violence?",
  "The program's expected outcomes include a 20% reduction in violence, better awareness of online risks, and improved professional capacity to address child protection issues.")
q('paraphrase', "How many people did Pakistan's school internet-skills drive with TikTok reach, and how many views did their social media campaigns get?",
  'PTA established a Child Online Protection Committee, prioritizing education and prevention, including the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools.',
  'Additional outreach efforts include youth summits, video competitions, TV programs, and social media campaigns, with over 38.89 million views in three months.')
q('paraphrase', 'does tanzania have a phone line kids can call any time of day?',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.')
q('paraphrase', 'which european treaty protects kids from sexual abuse, when did it come into force and how many countries are party to it?',
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties and is monitored by the Lanzarote Committee through thematic rounds.')
q('paraphrase', 'in how many countries do money laundering laws specifically list online sexual exploitation of children as an underlying crime?',
  'Their 2025 study indicates that there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime.')
q('paraphrase', "When and where will the joint statement on artificial intelligence and children's rights be finalised?",
  "A key milestone will be the Tbilisi Conference, which is to be held on March 10 to 12 in 2025, where stakeholders will finalize the document, ensuring global consensus to protect children's rights in AI-driven environments.")
q('paraphrase', 'when will the group look at the report on gaps in technical standards for protecting children?',
  'The Vice Chair expressed the expectation that the gap analysis report prepared by the Correspondence Group on Child Online Protection (CG-COP) would be discussed at the next meeting in October 2025.',
  'It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting of the CWG COP.')
q('paraphrase', 'which north american delegation complained about kids misusing mobile phones at school, and what did the chair say?',
  'Canada raised concerns about the abusive use of cell phones in schools, suggested that "child-too-much-online" should be considered in future discussions on COP, which was supported by other meeting participants.',
  'The Chair acknowledged that while research on this issue stays inconclusive, the effects of excessive screen time, such as children becoming uncomfortable interacting with others outside of the digital world, need to be addressed.')
q('unanswerable', 'How much money did ITU spend on its child online protection work in 2023?')
q('unanswerable', 'what did japan tell the group about its laws on children and the internet')
q('unanswerable', "What's the maximum fine under the UK online safety law for platforms that fail to protect children?")
q('unanswerable', "how many calls does the tanzanian children's helpline recieve each year?")
q('unanswerable', 'Who was elected to chair the child online protection working group from 2026 onwards?')
q('unanswerable', 'what percentage of children in brazil have been cyberbullied')
q('unanswerable', "Did the working group discuss Australia's ban on social media accounts for under-16s?")
q('unanswerable', 'How many participants attended the 20th meeting of the group and where was it held?')

# A twenty-eighth batch of 50 (twenty-first session), the held-out set's mix, favouring paragraphs deep inside the
# reports: 8 facts, 7 actors, 12 paraphrases, 7 examples, 5 multi, 3 time and 8 unanswerable. Run once: recall@5 0.929,
# MRR@10 0.881, evidence 0.821, unanswerable abstained 1.000, wrongly abstained 0.071.
q('fact', 'How many participants attended the 14th meeting of the CWG-COP in January 2018, and who was in the chair?',
  'Approximately 50 participants, representing governments, private sector, civil society, academia, and international and intergovernmental organizations, participated both physically and remotely in the meeting, which was chaired by Mr Ibrahim Al Dabal (UAE).')
q('fact', 'number of contributions received for the nineteenth meeting',
  'He highlighted the growing significance of the group, with a total of 24 contributions, a milestone that had not been reached before.')
q('fact', 'what date was the fifteenth CWG-COP meeting held on',
  'The main results of the fifteenth meeting of the Council Working Group on Child Online Protection (CWG-COP), held on 26 September 2019, were:')
q('fact', 'How many people took part in the twenty-first meeting of the working group?',
  'In the twenty-first meeting, the Group of 129 participants discussed the contributions and information documents received.')
q('fact', 'Who chaired the 22nd meeting of the Council Working Group on Child Online Protection?',
  'Approximately 191 participants, representing governments, private sector, civil society, academia, international and intergovernmental organizations, participated in the meeting, which was chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria).')
q('fact', '18th meeting record number of contributions and partcipants',
  'The Chair noted the growth of the CWG-COP, with this meeting having the largest number of contributions (18 in total) and number of participants (more than 150) [since formation of the CWG].')
q('fact', 'How many states are party to the Lanzarote Convention according to the Council of Europe update?',
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties and is monitored by the Lanzarote Committee through thematic rounds.')
q('fact', 'ICMEC 2025 study - how many of the countries examined explicitly list online child sexual exploitation as a predicate crime?',
  'Their 2025 study indicates that there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime.')
q('actor', 'At the January 2018 meeting, what did the Russian Federation put forward, and which countries co-signed it?',
  'The delegation from the Russian Federation presented the proposal on the revision on the Resolution 179 (Rev. Busan, 2014).',
  'The contribution was submitted by the Russian Federation, Republic of Armenia, Republic of Belarus, and Kyrgyz Republic.')
q('actor', 'At the February 2025 meeting, what did Germany ask about?',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.')
q('actor', 'what did canada raise in the discussion at the 22nd meeting',
  'Canada raised concerns about the abusive use of cell phones in schools, suggested that "child-too-much-online" should be considered in future discussions on COP, which was supported by other meeting participants.')
q('actor', 'What did Saudi Arabia offer to organise at the seventeenth meeting?',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
q('actor', 'What did the UAE delegate ask the secretariat about in 2018 regarding country case studies?',
  'The delegate from the UAE then proceeded to enquire on whether there existed a link on the ITU website which had a repository of specific country case studies that could be used for reference later',
  'as well as whether there was a mechanism for reporting regional activities')
q('actor', 'At the October 2023 meeting, what did the Philippines propose about Girls in ICT Day celebrations?',
  'The resolution suggests maximizing the impact of the Girls in ICT initiative by incorporating Child Online Protection discussions into all Girls in ICT celebrations of ITU Member States',
  'using these events as platforms to increase awareness among girls and young women')
q('actor', 'What did the chairman of CWG-COP tell Council 2022 about working with ICANN?',
  'and thus it would be an opportune time to expand collaboration with ICANN and invite it to participate in the work of the group',
  'The Chairman of CWG-COP said that at the group’s two previous meetings more focus had been given to the issue of ITU’s COP partnerships')
q('examples', 'any examples of countries translating the ITU COP guidelines into their own languages?',
  "provided an overview on the activities which included translating ITU Child Online Protection into Hungarian, conducting online lectures, organizing contests, and engaging in robotics activities for kindergarteners using Sango's character",
  'In Malta, translated guidelines were officially presented during a national event, while the Maldives saw the implementation of a Training of Trainers for Educators.',
  'PTA has also developed local language content in Urdu, including translated guidebooks, awareness videos, and a complaint management system (CMS) for reporting child abuse online.')
q('examples', 'Examples of hotlines or reporting channels for child abuse that members described',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.',
  'A key component of the program is child online protection, which includes digital-media literacy, training on online risks, and a National Safer Internet Centre Hotline for reporting abuse.',
  'IWF establishes a reporting portal and works to equip resource-poor countries and territories with a simple solution for reporting child sexual abuse imagery online.')
q('examples', 'any examples of work on age verfication or age assurance?',
  'and a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026',
  'This report highlights critical gaps, such as the lack of comprehensive standards for age verification and the challenges posed by end-to-end encryption in detecting child sexual abuse material.',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.')
q('examples', "I'm preparing an intervention on child online protection in sport - what examples of work with coaches and sports organisations have been shared with the group?",
  'In December 2024, a webinar in Ecuador trained 46 young coaches working with over 1,800 children, addressing risks like cyberbullying and exploitation.',
  'Their collaboration with ITU has produced recommendations to support sports organizations in integrating online safeguarding policies, ultimately aiming to create a toolkit for sports coaches.')
q('examples', 'examples of games, apps or quizzes used to teach children about online safety',
  'Furthermore, was shared the development and launch of a Web App, "Ask me! Your online safety friend," tailored to children aged 13 to 17, and introduced an online game, "Sango’s Adventure: Discover Online Safety," designed for children aged 9 to 12.',
  'The Wa3i.net platform developed within the initiative offers specialized content, interactive games, guidebooks, and online safety training in Arabic.',
  'The representative also explained the #TodosSomosUnicos APP Competition and highlighted the results of the competition.')
q('examples', 'What have countries done to build child online protection into their national cybersecurity strategies?',
  'The integration of the Child Online Protection guidelines into the "National Cybersecurity Strategy" underlines their comprehensive approach to online child protection.',
  'Chad’s National Cybersecurity Strategy recommends parental control standards, awareness campaigns, and integrating online safety education into schools and healthcare settings.',
  'In the Bahamas, a National Cybersecurity Strategy (2024) aims to embed cybersecurity education, strengthen law enforcement capabilities, and address legal gaps in child protection.')
q('examples', 'how have members used safer internet day? any examples',
  'The major events were the ITU Regional Workshop- COP Regional strategy (2015), the Safer Internet Day in Beheira Governorate (2016) and the Safer Internet Day in Port-Said Governorate (2017).',
  'Chad also participates in global initiatives like Safe Internet Day and Personal Data Protection Day, raising awareness about cyberbullying and digital privacy.',
  'Also, ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020.')
q('multi', "Who has chaired the working group's meetings covered in these reports, from 2018 to 2025?",
  'which was chaired by Mr Ibrahim Al Dabal (UAE)',
  'which was chaired by Mr Abdelaziz Alzarooni (UAE)',
  'which was chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria)')
q('multi', "What has Poland's UKE presented to the group over the years?",
  'The contribution from UKE in Poland focused on the educational campaign “I click sensibly”, which targets primary school pupils, parents and teachers.',
  "Additionally, they highlighted two significant UKE projects aimed at children's online protection: #keepCTRL / I click sensibly and Spoofie - learning through play.")
q('multi', 'Terre des Hommes contributions in 2023 and 2025 - what programme and what did they call for?',
  'This three-year initiative, running from 2022 to 2025, is funded by the Netherlands Postcode Lottery and operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya.',
  'The information document by Terre des Hommes highlighted the urgent need for regulation in the digital and tech industry to protect children from online sexual exploitation.')
q('multi', 'What has the group agreed over time about putting country efforts, presentations and contributions online?',
  'The participants agreed on the need to have an online repository of country efforts.',
  'The chair proposed enhancing the ITU Child Online Protection Council working group website including but not limited to integrating resources from the CWG-COP contributors to improve user access to presentations and resources shared.',
  'It was further agreed to maintain a comprehensive record of all contributions and information documents shared by members on the ITU COP website, accessible without a password.')
q('multi', 'How does the CWG-COP link up with ITU-D Study Group 2 and its Question 3/2?',
  'A first liaison statement was sent to ITU-D Study Group 2 to inform delegations on the work of the Guidelines and ensure a more participatory process.',
  'The presentation also mentioned that ITU Plenipotentiary Conference 2022 highlighted the importance of coordinating COP-related activities between ITU-D SG2 Q3/2 and CWG-COP.',
  'The meeting agreed that the outcomes of this meeting and the January 2025 CWG-COP meeting would be sent to ITU-D Study Group 2 Question 3/2 for consideration.')
q('paraphrase', 'Which African country has a free phone line children can call day or night for help?',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.')
q('paraphrase', 'did anyone talk about training mums and dads to stop teenagers being drawn into extremist ideas on the internet',
  'This program, set to launch in March 2025, aims to equip parents, carers, and early help professionals with the knowledge and tools to prevent online radicalisation among young people.')
q('paraphrase', 'Pakistan teamed up with a short-video app to teach kids internet skills - how many people and schools did it reach?',
  'including the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools')
q('paraphrase', 'role of banks and payment firms in cutting off the money behind the sexual abuse of children on the internet',
  'ICMEC’s Financial Coalition Against Child Sexual Exploitation (FCACSE), launched in 2006, unites financial institutions, technology partners, and law enforcement to disrupt OCSE’s economic infrastructure through a "detect, report, disrupt" approach.')
q('paraphrase', 'Is any small country trying to stop kids getting hooked on their devices and feeling cut off from others?',
  'The country adopts a broad approach, addressing physical, mental, social, and emotional health to prevent screen addiction, social isolation, and digital stress.',
  'A key initiative is the establishment of Digital Skills and Wellbeing Office, which will coordinate national efforts, implement policies, and collaborate internationally.')
q('paraphrase', 'Did any of the social media companies explain how parents can keep an eye on who their teenagers are chatting with?',
  "Snap also provided an overview of a Family Center for parents to monitor their teens' interactions on the platform.")
q('paraphrase', 'How many firms belong to the industry group that big tech companies set up together to fight child abuse online?',
  "In their presentation, the Tech Coalition introduced their alliance of 35 technology companies working collectively to ensure children's safety online.")
q('paraphrase', 'how many pieces of advice did the french privacy watchdog put out on keeping kids safe online',
  'The speaker presented how the organization had published eight recommendations to strengthen the protection of children online.')
q('paraphrase', 'What did young people say in the 2018 survey were the main things stopping children from becoming skilled and confident with technology?',
  'Main barriers to children’s digital literacy were limited digital literacy of teachers and inadequate access to devices.',
  'The survey also found that the key challenges impacting children’s literacy were: unequal ICT access, the digital divide and online safety risks.')
q('paraphrase', "In Russia, how many organisations signed up to the industry's code of conduct on kids' safety online?",
  'Key initiatives include the Digital Childhood Ethics Charter, signed by 13,000+ organizations, advocating for proactive content moderation')
q('paraphrase', 'Roughly how many children each year are victims of sexual abuse and exploitation online, according to what was reported in 2025?',
  'The information document by WeProtect Global Alliance emphasized the urgent need for a multi-sector approach to combat online child sexual exploitation and abuse (CSEA), a growing global crisis affecting over 300 million children annually.')
q('paraphrase', 'Did governments on the Council want the group to keep going after the pandemic pushed children to spend more time online?',
  'particularly with more time spent online than ever before in the wake of COVID-19, and ITU’s ideal positioning to pursue the cause, supported the recommendation that CWG-COP continue its work',
  'Two councillors, however, considered that the group should continue its work in its current form and under its current terms of reference.')
q('time', "How has attendance at the working group's meetings changed between 2018 and 2025?",
  'Approximately 50 participants, representing governments, private sector, civil society, academia, and international and intergovernmental organizations, participated both physically and remotely in the meeting',
  'Approximately 120 participants, representing governments, private sector, civil society, academia, international and intergovernmental organizations, participated in the meeting',
  'At the twenty-second meeting of the CWG-COP, the contributions and information documents received were discussed among the 191 participants.')
q('time', 'when will the standards gap analysis report from the SG17 correspondence group be discussed, and when does it come back to CWG-COP?',
  'The Vice Chair expressed the expectation that the gap analysis report prepared by the Correspondence Group on Child Online Protection (CG-COP) would be discussed at the next meeting in October 2025.',
  'It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting of the CWG COP.')
q('time', "When is the conference in Georgia where the joint statement on AI and children's rights is supposed to be finalised?",
  "A key milestone will be the Tbilisi Conference, which is to be held on March 10 to 12 in 2025, where stakeholders will finalize the document, ensuring global consensus to protect children's rights in AI-driven environments.")
q('unanswerable', 'What did the working group conclude about countries joining the Budapest Convention on Cybercrime?')
q('unanswerable', 'At the February 2025 meeting, what did Australia say about its ban on social media accounts for under-16s?')
q('unanswerable', 'was there a regional COP workshop held in Nairobi and who attended it')
q('unanswerable', 'What did Google or Roblox present to the group about child safety in online gaming?')
q('unanswerable', 'How much money did Bulgaria spend on its Be Brave, Be Good awareness campaign?')
q('unanswerable', "How many children have downloaded or played ITU's online safety game and web app so far?")
q('unanswerable', 'How many participants attended the 17th meeting in January 2021?')
q('unanswerable', "I'm drafting a note on Terre des Hommes' SCROL programme - how much funding did the Netherlands Postcode Lottery provide for it?")

# A twenty-ninth batch of 50 (twenty-second session), half paraphrases: 25 paraphrases, 6 facts, 5 actors,
# 5 examples, 3 multi, 2 time and 4 unanswerable. Run once, on chunks embedded with acronyms spelt out: recall@5 0.957,
# MRR@10 0.916, evidence 0.956, unanswerable abstained 1.000, wrongly abstained 0.022.
q('paraphrase', 'what does the british charity that hunts down child abuse pictures online do to help poorer countries report such images?',
  'IWF establishes a reporting portal and works to equip resource-poor countries and territories with a simple solution for reporting child sexual abuse imagery online.')
q('paraphrase', 'What did the youth survey on digital skills say were the main things stopping kids from becoming digitally literate?',
  'Main barriers to children’s digital literacy were limited digital literacy of teachers and inadequate access to devices.',
  'The survey also found that the key challenges impacting children’s literacy were: unequal ICT access, the digital divide and online safety risks.')
q('paraphrase', 'egypts national kids internet safety committee - what trouble did they have getting charities and nonprofits on board?',
  'The delegate stated that one major challenge they face was in bringing on board more NGOs.',
  'Another difficulty was in the fact that those NGOs willing to partner tended not focus solely on child online safety.')
q('paraphrase', 'Why did the UK school internet safety people say training school staff is a weak spot?',
  'He further pointed to the fact that staff training is consistently a weak part of the education curriculum as schools spend a lot more time in the UK training parents and not members of staff.')
q('paraphrase', 'I heard the network of abuse reporting hotlines said the victims are getting younger and younger, is that right?',
  'The representative stated that more and more reports of abuse of younger and younger children (infant abuse) were emerging and stressed the importance of creating networks of advocacy and awareness, especially in less developed countries.')
q('paraphrase', "what did the UN children's agency set up to talk about kids' privacy and freedom of expression on the internet, and when was its toolkit due?",
  'UNICEF has established an internet working group to discuss the best approaches to protecting children’s rights to online privacy and free expression.',
  'A toolkit on this is to be released in March 2018.')
q('paraphrase', 'Is there an app for teens and a game for younger children that the UN telecoms agency made to teach staying safe on the internet? what ages are they for',
  'Furthermore, was shared the development and launch of a Web App, "Ask me! Your online safety friend," tailored to children aged 13 to 17, and introduced an online game, "Sango’s Adventure: Discover Online Safety," designed for children aged 9 to 12.')
q('paraphrase', 'Which country was the first test case for the worldwide programme on keeping children safe online?',
  "The Albanian National Authority for Electronic Certification and Cybersecurity (NAECCS) contribution explained how they became the first pilot of the ITU's global Child Online Protection program, with a focus on capacity building and policy support.")
q('paraphrase', 'did the ex-president of malta say we should see the internet as the enemy when protecting kids?',
  "Notably, she underscored that despite our eagerness to protect children from online abuse, it's essential not to consider the web as an adversary but rather as an ally in this effort.")
q('paraphrase', "What is the Finnish digital service from the children's charity that aims at kids' wellbeing online?",
  'The presentation on "Huippula," a digital service by Save The Children Finland, focused on the goal of enhancing children\'s digital well-being and safety competences to prevent and reduce harmful experiences in digital environments.')
q('paraphrase', 'which countries does the project paid for by the dutch lottery run in, and for how long?',
  'This three-year initiative, running from 2022 to 2025, is funded by the Netherlands Postcode Lottery and operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya.')
q('paraphrase', "Did the chairman want the working group's meetings to be made longer after so many submissions came in?",
  'Consequently, he suggested the formulation of a recommendation to be presented with the goal of extending the allocated time for the Council Working Group to one and a half days.')
q('paraphrase', 'is the free phone line for children in tanzania open around the clock?',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.')
q('paraphrase', 'I heard an east african government is looking at special SIM cards for kids that block bad content - is that in the reports?',
  'Ongoing initiatives such as developing a Child Online Protection Strategy and exploring the introduction of a Child SIM Card to filter inappropriate content.')
q('paraphrase', 'in how many countries is online sexual exploitation of kids treated as an underlying offence under anti money laundring laws?',
  'Their 2025 study indicates that there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime.')
q('paraphrase', 'Is there an online course for parents to stop teenagers being drawn into extremism, and what languages is it in?',
  'This program, set to launch in March 2025, aims to equip parents, carers, and early help professionals with the knowledge and tools to prevent online radicalisation among young people.',
  'Available in English and Welsh, the initiative seeks to empower parents and professionals to navigate the complexities of the digital world and protect young people from radicalisation.')
q('paraphrase', "Why does the children's digital rights foundation think blocking content and parental controls aren't enough?",
  'Traditional safety measures, such as content blocking or parental controls, fail to address the root issue: digital platforms are not designed with children in mind, often prioritizing profit over safety')
q('paraphrase', 'how many kids a year are affected by sexual exploitation and abuse on the internet worldwide?',
  'The information document by WeProtect Global Alliance emphasized the urgent need for a multi-sector approach to combat online child sexual exploitation and abuse (CSEA), a growing global crisis affecting over 300 million children annually.')
q('paraphrase', 'Do parents think they can protect their children online better than they actually can? what did research with kids and carers in many countries find',
  'The VOICE research (2024), involving nearly 500 children and caregivers across 15 countries, points out that children accept online risks as normal, while caregivers overestimate their ability to protect them.')
q('paraphrase', "What's the name of the cartoon character used to teach kids about internet dangers, and who came up with it?",
  'Also, ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020.',
  'It had been created and designed by children and helped children, parents and teachers to understand the dangers that children faced being online and how to manage them.')
q('paraphrase', "Did every council member agree that the group's mandate should be rewritten?",
  'Two councillors, however, considered that the group should continue its work in its current form and under its current terms of reference.')
q('paraphrase', 'why did some governments want closer work with the organisation that runs internet domain names?',
  'Several councillors called for greater cooperation with the Internet Corporation for Assigned Names and Numbers (ICANN) and its Governmental Advisory Committee (GAC), particularly in relation to abuse of the domain-name system.')
q('paraphrase', 'What did the chair want done with what children said about the support phone and chat lines?',
  "He invited the Secretariat to share children's feedback on helplines with relevant parent organizations and the expert group of the Global Cybersecurity Index (GCI) for inclusion in child online protection questions.")
q('paraphrase', 'are the talks with tech companies going to be formal sessions or something more relaxed?',
  'The meeting agreed that ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement.')
q('paraphrase', 'Does this group need extra money, or does it run on its existing budget?',
  'Within the allocated budget 2024-2025.')
q('fact', 'How many technology companies are part of the Tech Coalition?',
  "In their presentation, the Tech Coalition introduced their alliance of 35 technology companies working collectively to ensure children's safety online.")
q('fact', 'How many State parties does the Lanzarote Convention currently have?',
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties and is monitored by the Lanzarote Committee through thematic rounds.')
q('fact', 'How many organizations have signed the Digital Childhood Ethics Charter?',
  'Key initiatives include the Digital Childhood Ethics Charter, signed by 13,000+ organizations, advocating for proactive content moderation')
q('fact', 'Who chaired the twenty-second meeting of CWG-COP?',
  'Approximately 191 participants, representing governments, private sector, civil society, academia, international and intergovernmental organizations, participated in the meeting, which was chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria).')
q('fact', "What reduction in violence does Bulgaria's National Program for the Prevention of Violence and Abuse against Children expect?",
  "The program's expected outcomes include a 20% reduction in violence, better awareness of online risks, and improved professional capacity to address child protection issues.")
q('fact', "In what year was ICMEC's Financial Coalition Against Child Sexual Exploitation launched?",
  'ICMEC’s Financial Coalition Against Child Sexual Exploitation (FCACSE), launched in 2006, unites financial institutions, technology partners, and law enforcement to disrupt OCSE’s economic infrastructure')
q('actor', 'What did the Philippines propose regarding Girls in ICT celebrations?',
  'The resolution suggests maximizing the impact of the Girls in ICT initiative by incorporating Child Online Protection discussions into all Girls in ICT celebrations of ITU Member States')
q('actor', 'What did Germany ask about at the 22nd CWG-COP meeting?',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.')
q('actor', 'What did Saudi Arabia propose at the seventeenth meeting of the working group?',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
q('actor', 'What has the Pakistan Telecommunication Authority done on child online protection?',
  'including the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools',
  'PTA has also developed local language content in Urdu, including translated guidebooks, awareness videos, and a complaint management system (CMS) for reporting child abuse online.')
q('actor', 'What did India present to the CWG-COP in 2023?',
  "India's contribution introduced the G20 Toolkit on Cyber Education and Cyber Awareness in collaboration with ITU.",
  'This toolkit, informed by various measures adopted by G20 members, is designed to enhance knowledge sharing, identify key online risks for children and youth, provide mitigation response templates for policymakers, and offer essential takeaways.')
q('examples', 'What examples are there of using sport to teach children about online safety?',
  'In December 2024, a webinar in Ecuador trained 46 young coaches working with over 1,800 children, addressing risks like cyberbullying and exploitation.',
  'Their collaboration with ITU has produced recommendations to support sports organizations in integrating online safeguarding policies, ultimately aiming to create a toolkit for sports coaches.')
q('examples', 'What examples are there of work on age verification or age assurance for children online?',
  'a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026',
  'This report highlights critical gaps, such as the lack of comprehensive standards for age verification and the challenges posed by end-to-end encryption in detecting child sexual abuse material.',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.')
q('examples', 'What have countries done to set up national committees or offices for child online safety?',
  'The representative from Egypt presented the activities of Egypt’s National Committee for Child online protection in the last two years.',
  'The National Advisory Committee on Child Online Safety of Tanzania, comprising government and non-government stakeholders, advises on COP policies and conducts nationwide awareness campaigns.',
  'A key initiative is the establishment of Digital Skills and Wellbeing Office, which will coordinate national efforts, implement policies, and collaborate internationally.')
q('examples', 'What examples are there of games, apps or quizzes used to teach children about online safety?',
  'Key initiatives include interactive tools like the Incollables® quiz, the Digital Guardians game, and manga-style educational content, addressing topics such as privacy, cyberbullying, misinformation, and data protection.',
  'The Wa3i.net platform developed within the initiative offers specialized content, interactive games, guidebooks, and online safety training in Arabic.',
  'Furthermore, was shared the development and launch of a Web App, "Ask me! Your online safety friend," tailored to children aged 13 to 17, and introduced an online game, "Sango’s Adventure: Discover Online Safety," designed for children aged 9 to 12.')
q('examples', 'What have countries done to build child online protection into their national cybersecurity strategies?',
  'The integration of the Child Online Protection guidelines into the "National Cybersecurity Strategy" underlines their comprehensive approach to online child protection.',
  'Chad’s National Cybersecurity Strategy recommends parental control standards, awareness campaigns, and integrating online safety education into schools and healthcare settings.',
  'In the Bahamas, a National Cybersecurity Strategy (2024) aims to embed cybersecurity education, strengthen law enforcement capabilities, and address legal gaps in child protection.')
q('multi', "What did Poland's telecom regulator present at the 2018 meeting and again at the 2023 meeting?",
  'The contribution from UKE in Poland focused on the educational campaign “I click sensibly”, which targets primary school pupils, parents and teachers.',
  "Additionally, they highlighted two significant UKE projects aimed at children's online protection: #keepCTRL / I click sensibly and Spoofie - learning through play.")
q('multi', "What have Egypt's contributions to the working group covered in 2018 and in 2025?",
  'The major events were the ITU Regional Workshop- COP Regional strategy (2015), the Safer Internet Day in Beheira Governorate (2016) and the Safer Internet Day in Port-Said Governorate (2017).',
  'The information document by Egypt discussed its Digital Citizenship Initiative, a national effort led by the Egyptian Ministry of Communication and Information Technology (MCIT) to enhance e-safety for children online.')
q('multi', 'What is the Protection through online participation (PoP) initiative and what progress had it made by 2025?',
  'The UN presentation outlined an initiative called Protection through online participation (PoP) focused on understanding how children access protection online, promoting positive digital platform use by young people',
  'The Protection through Online Participation (PoP) initiative, led by ITU and the Office of the Special Representative on Violence against Children, made significant progress',
  'Final principles will be published in 2025')
q('time', 'How has attendance at CWG-COP meetings changed from 2018 to 2025?',
  'Approximately 50 participants, representing governments, private sector, civil society, academia, and international and intergovernmental organizations, participated both physically and remotely in the meeting',
  'Approximately 120 participants, representing governments, private sector, civil society, academia, international and intergovernmental organizations, participated in the meeting',
  'Approximately 191 participants, representing governments, private sector, civil society, academia, international and intergovernmental organizations, participated in the meeting')
q('time', 'When will the gap analysis report on child online protection standards be discussed?',
  'The Vice Chair expressed the expectation that the gap analysis report prepared by the Correspondence Group on Child Online Protection (CG-COP) would be discussed at the next meeting in October 2025.',
  'It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting of the CWG COP.')
q('unanswerable', 'What did Brazil present to the Council Working Group on Child Online Protection?')
q('unanswerable', 'How many Swiss francs did ITU spend on the Child Online Protection Global Programme in 2024?')
q('unanswerable', 'What percentage of children in Kenya have experienced cyberbullying according to these reports?')
q('unanswerable', "What did Australia's eSafety Commissioner tell the group about banning social media for under-16s?")

# A thirtieth batch of 50 (twenty-third session): 16 paraphrases, 8 facts, 6 actors, 7 examples, 5 multi,
# 3 time and 5 unanswerable. Run once, before the region ranking: recall@5 0.956, MRR@10 0.878, evidence 0.909,
# unanswerable abstained 1.000, wrongly abstained 0.022.
q('paraphrase', 'how many kids took part in that east european school campaign teaching little ones about phones and bullying, and how many were they aiming for?',
  'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
q('paraphrase', 'Which group helps poorer countries get a simple way for the public to flag abuse pictures they find on the web?',
  'IWF establishes a reporting portal and works to equip resource-poor countries and territories with a simple solution for reporting child sexual abuse imagery online.')
q('paraphrase', 'someone mentioned schools spend more time teaching mums and dads than their own teachers, what was the point',
  'He further pointed to the fact that staff training is consistently a weak part of the education curriculum as schools spend a lot more time in the UK training parents and not members of staff.')
q('paraphrase', 'What problem did the north african country have getting charities and voluntary groups to join its national kids-safety body?',
  'The delegate stated that one major challenge they face was in bringing on board more NGOs.')
q('paraphrase', 'did the former head of state say we should treat the internet as an enemy?',
  "it's essential not to consider the web as an adversary but rather as an ally in this effort.")
q('paraphrase', 'was there some app or game made for teenagers and younger kids to learn how to stay safe on the internet',
  'Furthermore, was shared the development and launch of a Web App, "Ask me! Your online safety friend," tailored to children aged 13 to 17, and introduced an online game, "Sango’s Adventure: Discover Online Safety," designed for children aged 9 to 12.')
q('paraphrase', "Did the chair want the group's meetings to last longer?",
  'he suggested the formulation of a recommendation to be presented with the goal of extending the allocated time for the Council Working Group to one and a half days.')
q('paraphrase', "what fraction of people using the internet are actually kids, according to the nordic charity's well-being service talk",
  'It highlighted the prevalence of children online, with approximately one-third of internet users being children.')
q('paraphrase', 'is there a tool on that disappearing-photo messaging app that lets parents keep an eye on who their teens talk to?',
  "Snap also provided an overview of a Family Center for parents to monitor their teens' interactions on the platform.")
q('paraphrase', 'A delegate was worried about kids being glued to their mobiles in class. What did the person running the meeting say about whether studies back this up?',
  'The Chair acknowledged that while research on this issue stays inconclusive, the effects of excessive screen time, such as children becoming uncomfortable interacting with others outside of the digital world, need to be addressed.')
q('paraphrase', 'is an east african goverment thinking about special phone cards for children that block unsuitable stuff',
  'Ongoing initiatives such as developing a Child Online Protection Strategy and exploring the introduction of a Child SIM Card to filter inappropriate content.')
q('paraphrase', 'Is there an online course coming out to help parents and carers stop teenagers from being pulled into violent political or religious ideas, and when does it start?',
  'This program, set to launch in March 2025, aims to equip parents, carers, and early help professionals with the knowledge and tools to prevent online radicalisation among young people.')
q('paraphrase', 'how many countries actually treat the online sexual exploitation of kids as an underlying offence for money laundering law',
  'Their 2025 study indicates that there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime.')
q('paraphrase', 'Do parents overrate how well they can keep their kids safe online?',
  'The VOICE research (2024), involving nearly 500 children and caregivers across 15 countries, points out that children accept online risks as normal, while caregivers overestimate their ability to protect them.')
q('paraphrase', 'did council members ask for closer ties with the organisation that runs web addresses, because of misuse of website names?',
  'Several councillors called for greater cooperation with the Internet Corporation for Assigned Names and Numbers (ICANN) and its Governmental Advisory Committee (GAC), particularly in relation to abuse of the domain-name system.')
q('paraphrase', "did everyone agree the group's mandate should be rewritten, or did some want to keep it the way it was",
  'Two councillors, however, considered that the group should continue its work in its current form and under its current terms of reference.')
q('fact', 'Who opened the 14th meeting?',
  'The Deputy Secretary-General of the ITU, Mr Malcolm Johnson, opened the meeting')
q('fact', 'How many participants attended the nineteenth meeting and who chaired it?',
  'Approximately 120 participants, representing governments, private sector, civil society, academia, international and intergovernmental organizations, participated in the meeting, which was chaired by Mr Abdelaziz Alzarooni (UAE).')
q('fact', 'who chaired the twenty-second meeting',
  'which was chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria).')
q('fact', 'How many contributions were submitted to the 19th meeting?',
  'He highlighted the growing significance of the group, with a total of 24 contributions, a milestone that had not been reached before.')
q('fact', 'How many contributions and participants did the January 2022 meeting have?',
  'The Chair noted the growth of the CWG-COP, with this meeting having the largest number of contributions (18 in total) and number of participants (more than 150) [since formation of the CWG].')
q('fact', 'How many people took part in the 21st meeting?',
  'In the twenty-first meeting, the Group of 129 participants discussed the contributions and information documents received.')
q('fact', 'How many young coaches were trained at the webinar in Ecuador in December 2024, and how many children do they work with?',
  'In December 2024, a webinar in Ecuador trained 46 young coaches working with over 1,800 children, addressing risks like cyberbullying and exploitation.')
q('fact', 'how many state parties does the Lanzarote Convention have and when did it come into force',
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties and is monitored by the Lanzarote Committee through thematic rounds.')
q('actor', 'What did Argentina talk about at the 14th meeting?',
  'the delegate from Argentina highlighted the country’s efforts to raise awareness of the dangers of verbal and psychological bullying and cyberbullying.')
q('actor', 'What did India present to the working group in 2023?',
  "India's contribution introduced the G20 Toolkit on Cyber Education and Cyber Awareness in collaboration with ITU.")
q('actor', 'What did Germany ask about at the February 2025 meeting?',
  'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.')
q('actor', 'what did Saudi Arabia propose to the working group',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
q('actor', "What has Pakistan's telecom regulator done together with TikTok?",
  'including the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools.')
q('actor', 'What did the French data protection authority CNIL tell the nineteenth meeting it had published?',
  'The speaker presented how the organization had published eight recommendations to strengthen the protection of children online.')
q('examples', 'Any examples of countries translating the ITU child online protection guidelines or training people to use them?',
  'In Malta, translated guidelines were officially presented during a national event, while the Maldives saw the implementation of a Training of Trainers for Educators.',
  "the activities which included translating ITU Child Online Protection into Hungarian, conducting online lectures, organizing contests, and engaging in robotics activities for kindergarteners using Sango's character")
q('examples', 'What have countries done to set up helplines or hotlines where children or the public can report problems?',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.',
  'A key component of the program is child online protection, which includes digital-media literacy, training on online risks, and a National Safer Internet Centre Hotline for reporting abuse.')
q('examples', 'any examples of games, quizzes or interactive tools used to teach kids about privacy and online safety?',
  'Key initiatives include interactive tools like the Incollables® quiz, the Digital Guardians game, and manga-style educational content, addressing topics such as privacy, cyberbullying, misinformation, and data protection.',
  'The Wa3i.net platform developed within the initiative offers specialized content, interactive games, guidebooks, and online safety training in Arabic.')
q('examples', 'What national awareness campaigns or events have countries organised?',
  'A national information campaign, "Be Brave, Be Good," was launched in 2024 to engage the community and raise awareness, including activities such as children\'s competitions, sports events, and public landmarks illuminated with anti-violence messages.',
  'The major events were the ITU Regional Workshop- COP Regional strategy (2015), the Safer Internet Day in Beheira Governorate (2016) and the Safer Internet Day in Port-Said Governorate (2017).')
q('examples', 'Examples of technical tools used to detect or remove child sexual abuse material?',
  'Technological solutions such as the Hash Database enable automated identification and removal of illegal content, including Child Sexual Abuse Material (CSAM) and harmful materials.',
  'The organization has a system called ICCAM which allows hotlines to receive, assess and send reports to Interpol for intervention.',
  'These features focus on user privacy and proactive detection methods that have led to numerous arrests.')
q('examples', 'are there examples of using sport to protect children online?',
  'Their collaboration with ITU has produced recommendations to support sports organizations in integrating online safeguarding policies, ultimately aiming to create a toolkit for sports coaches.',
  'Through sports, coaches foster trust and open conversations about online safety, building a protective ecosystem that raises awareness, encourages positive interactions, and equips children with skills to respond to online threats.')
q('examples', 'Which countries have built child online protection into their national cybersecurity strategy? examples please',
  'The integration of the Child Online Protection guidelines into the "National Cybersecurity Strategy" underlines their comprehensive approach to online child protection.',
  'In the Bahamas, a National Cybersecurity Strategy (2024) aims to embed cybersecurity education, strengthen law enforcement capabilities, and address legal gaps in child protection.',
  'Chad’s National Cybersecurity Strategy recommends parental control standards, awareness campaigns, and integrating online safety education into schools and healthcare settings.')
q('multi', 'How has attendance grown between the 2018 meeting and the February 2025 meeting?',
  'Approximately 50 participants, representing governments, private sector, civil society, academia, and international and intergovernmental organizations, participated both physically and remotely in the meeting',
  'At the twenty-second meeting of the CWG-COP, the contributions and information documents received were discussed among the 191 participants.')
q('multi', 'What has the chair said over the years about getting more input from young people?',
  'The Chair encouraged participants to provide guidance and ideas on how to improve the number of responses from young people.',
  "The Chair welcomed youth input into ITU's child online protection work and praised the Secretariat for engaging children.")
q('multi', 'What has the group decided about putting country efforts and meeting resources online on a website?',
  'The participants agreed on the need to have an online repository of country efforts.',
  'The chair proposed enhancing the ITU Child Online Protection Council working group website including but not limited to integrating resources from the CWG-COP contributors to improve user access to presentations and resources shared.',
  'The meeting welcomed the Secretariat’s initiative to make all resources, which were presented during the CWG COP meetings, available on its dedicated website.')
q('multi', 'What did the Philippines propose in 2023 and what did the chair ask them to do with it?',
  'The Republic of the Philippines presented a new draft resolution to encourage ITU and its member states to generate strategic plans, policies, and programs and integrate Child Online Protection measures in all existing initiatives',
  'the chair suggested to the members of the Council Working Group on Child Online Protection that the Philippines consider the comments and suggestions from contributors and merge the two resolutions into a single one for resubmission in January.')
q('multi', "What has been agreed about involving the tech industry in the group's work?",
  'The meeting agreed that ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement.',
  'The meeting reconfirmed the importance of engaging different stakeholders in child online protection discussions and actions, again emphasizing the necessity of including industry in the meeting agenda and in broader child online protection efforts.')
q('time', 'When will the gap analysis report on child protection standards be discussed, and what happens to it before then?',
  'would be discussed at the next meeting in October 2025',
  'It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting of the CWG')
q('time', "When is the joint statement on AI and children's rights supposed to be finalised?",
  "A key milestone will be the Tbilisi Conference, which is to be held on March 10 to 12 in 2025, where stakeholders will finalize the document, ensuring global consensus to protect children's rights in AI-driven environments.")
q('time', 'when was the ITU child online protection mascot launched',
  'Also, ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020.')
q('unanswerable', 'Was the joint statement on AI and child rights actually adopted at the Tbilisi Conference in March 2025?')
q('unanswerable', 'How many Swiss francs were allocated to CWG-COP in the 2024-2025 budget?')
q('unanswerable', 'What fines has the European Commission imposed on platforms under the Digital Services Act for failing to protect minors?')
q('unanswerable', "Did the Council adopt the Philippines' merged resolution on child online protection in 2024?")
q('unanswerable', "What prison sentences does Tanzania's amended Cybercrimes Act set for sharing child sexual abuse material?")

# The test half: written after the dev half was tuned on, before any change made for issue 8, the way users
# type. Frozen: never edit, add to or tune on these; report them beside dev (eval/README.md).
SPLIT = "test"

# Facts about a meeting named by number, ordinal word or date
q("meeting", "How many contributions did the nineteenth meeting receive?", "with a total of 24 contributions")
q("meeting", "who chaired the twenty-second meeting", "chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria)")
q("meeting", "Where was the 22nd meeting held?", "held on 12 and 13 February 2025 in a hybrid format",
  "at the ITU Headquarters in Geneva, Switzerland, in a hybrid format")
q("meeting", "how many people attended the 14th meeting", "Approximately 50 participants")
q("meeting", "When was the sixteenth meeting held?", "held on 4 February 2020")
q("meeting", "What date was the seventeenth meeting?", "held on 26 January 2021")
q("meeting", "when did the 18th meeting take place", "held on 12 January 2022")
q("meeting", "how many participants did the eighteenth meeting have", "number of participants (more than 150)")
q("meeting", "Who opened the 14th meeting?",
  "The Deputy Secretary-General of the ITU, Mr Malcolm Johnson, opened the meeting")
q("meeting", "Who opened the nineteenth meeting?", "Mr. Cosmas Luckyson Zavazava opened the meeting")
q("meeting", "who opened the 22nd meeting",
  "Mr. Cosmas Luckyson Zavazava, Director of ITU Development Bureau, opened the 22nd Assembly")
q("meeting", "How many contributions were there at the 14th meeting?",
  "There were ten contributions from different stakeholders")
q("meeting", "What was agreed about the logo at the 14th meeting?",
  "The participants agreed to send the comments on the logo to the secretariat via email.")
q("meeting", "What did the chair of the 19th meeting say about social media?",
  "The chair advised to continue incorporating social media into the Council Working Group discussions")
q("meeting", "When did the twenty-first meeting take place?", "held on 30 September to 1 October 2024",
  "on 30 September and 1 October 2024")
q("meeting", "What were the main outcomes of the fifteenth meeting?",
  "The CWG invited the membership to realize and be aware of the importance of evaluating the effectiveness",
  "A first liaison statement was sent to ITU-D Study Group 2")
q("meeting", "What did the 21st meeting agree about industry dialogues?",
  "ICT industry dialogues will shift to a less formal setting led by BDT")
q("meeting", "What was posted online after the 16th meeting?", "The COP Mascot was posted online.")
q("meeting", "Which country proposed information sessions at the seventeenth meeting?",
  "The Kingdom of Saudi Arabia proposed to organize information sessions")
q("meeting", "Which countries discussed the Philippines resolutions at the 19th meeting?",
  "several countries, including Russia, Iran, Canada, Indonesia, the US, the UAE, and South Africa")
q("meeting", "What did the twenty-second meeting decide about the Industry Connect series?",
  "The meeting endorsed the proposed ITU Industry Connect", "The meeting welcomed the concept of the series of events")
q("meeting", "What topics were discussed at the twenty-first meeting?",
  "Discussions focused on strengthening multi-stakeholder cooperation, enhancing child participation")
q("meeting", "How many participants did the February 2025 meeting have?", "Approximately 191 participants",
  "among the 191 participants")
q("meeting", "Who chaired the January 2018 meeting?", "chaired by Mr Ibrahim Al Dabal (UAE)")
q("meeting", "what were the key topics at the 22nd meeting",
  "Key topics included concerns about the misuse of mobile phones in schools")

# Paraphrases: the question avoids the passage's distinctive words
q("paraphrase", "Is there an app teenagers can use to ask about staying safe on the internet?",
  "tailored to children aged 13 to 17")
q("paraphrase", "Which group of tech firms works together against predators who target youngsters?",
  "alliance of 35 technology companies working collectively to ensure children's safety online")
q("paraphrase", "Who said the web should be seen as a friend rather than an enemy?",
  "it's essential not to consider the web as an adversary but rather as an ally in this effort")
q("paraphrase", "Did anyone say that apps were never built with youngsters in mind?",
  "digital platforms are not designed with children in mind",
  "the internet was not originally designed with children's safety as a primary consideration")
q("paraphrase", "Which country is described as a hotspot for these crimes against minors?",
  "particularly in the Philippines, a global hotspot for such crimes")
q("paraphrase", "What regular talks between states and the tech sector were proposed?",
  "a series of quarterly intersectoral discussions", "ITU Industry Connect")
q("paraphrase", "What do young people themselves want from platforms to feel safe?",
  "Young people advocate for a balance between safety and privacy", "Children demand more information on online safety")
q("paraphrase", "Do adults think they protect kids better than they actually do?",
  "caregivers overestimate their ability to protect them")
q("paraphrase", "How many folks did the nationwide literacy drive with the short-video app reach?",
  "impacted 150,000 individuals in 40 schools")
q("paraphrase", "How can illegal pictures be found and taken down automatically?",
  "the Hash Database enable automated identification and removal of illegal content",
  "unified hash-matching standards")
q("paraphrase", "How few nations treat child exploitation as a crime that triggers financial investigations?",
  "only 6 countries, out of 27 countries examined")
q("paraphrase", "What is the worry when messages are scrambled so nobody else can read them?",
  "the challenges posed by end-to-end encryption in detecting child sexual abuse material")
q("paraphrase", "Was anything said about checking how old users are?",
  "the lack of comprehensive standards for age verification", "age verification toolkits")
q("paraphrase", "How is the group making sure what was shown at meetings stays available to everyone?",
  "make all resources presented during CWG-COP meetings available on its dedicated website",
  "make all resources, which were presented during the CWG COP meetings, available")
q("paraphrase", "Did anybody suggest adding signing for deaf children?",
  "adding sign language for accessibility for children who cannot understand", "accessibility through sign language")
q("paraphrase", "Who pays for the children's rights project running from 2022 to 2025?",
  "funded by the Netherlands Postcode Lottery")
q("paraphrase", "What is being done about kids feeling lonely and stressed from too much tech?",
  "prevent screen addiction, social isolation, and digital stress")
q("paraphrase", "Is there a new national office to coordinate children's healthy tech use?",
  "establishment of Digital Skills and Wellbeing Office")
q("paraphrase", "How did one nation let families limit what kids see across the whole mobile network?",
  "network-level parental control initiative")
q("paraphrase", "Who wanted ideas to get more young people answering the surveys?",
  "how to improve the number of responses from young people")
q("paraphrase", "What did the expert do with preschoolers?", "engaging in robotics activities for kindergarteners")
q("paraphrase", "Is a shared declaration planned about machine learning and children's rights?",
  "Joint Statement on AI and Child Rights", "draft a Joint Statement on child protection in the context of AI")
q("paraphrase", "What did the chair say in 2018 about children being on their own with the internet?",
  "every child can now find him- or herself isolated with independent access to the internet")
q("paraphrase", "Were there complaints that school employees are not trained enough?",
  "staff training is consistently a weak part of the education curriculum")
q("paraphrase", "Was safety material produced in a national language for parents in South Asia?",
  "developed local language content in Urdu")
q("paraphrase", "Has anyone mentioned online fraud and cons?", "the growing challenges of online scamming and cyberbullying")
q("paraphrase", "Who argued that filters and parent apps don't fix the real problem?",
  "fail to address the root issue: digital platforms are not designed with children in mind")
q("paraphrase", "How big an audience did the awareness videos reach online?", "over 38.89 million views in three months")
q("paraphrase", "What did the kids surveyed by the global alliance fear most online?",
  "revealed their concerns about digital safety, including AI risks, stalking")
q("paraphrase", "Are the victims getting younger?", "more and more reports of abuse of younger and younger children")
q("paraphrase", "How do survivors get money back for what they suffered?",
  "Victim Compensation Framework developed with the Philippine financial industry", "gaps in victim compensation")
q("paraphrase", "Which country wanted kids spending too much time online added to future talks?",
  "should be considered in future discussions on COP")
q("paraphrase", "What did the Maltese ex-head of state talk about?",
  "The former president of Malta expressed the importance of sharing best practices")

# Requests for examples
q("examples", "any good examples of games or playful tools to teach kids about online safety?",
  "Sango’s Adventure: Discover Online Safety", "the Digital Guardians game", "interactive games, guidebooks",
  "Spoofie - learning through play", "Incollables® quiz")
q("examples", "examples of countries with laws on cybercrime to protect children",
  "Cybercrimes Act (2015), recently amended in 2024", "laws on cybersecurity, data protection, and cybercrime")
q("examples", "What are examples of regional cooperation on child online protection?",
  "Organization of Eastern Caribbean States (OECS) introduced a regional policy in 2022",
  "The Caribbean Telecommunications Union (CTU) is spearheading regional efforts",
  "ITU Regional Offices for Africa, the Americas")
q("examples", "examples of research studies presented to the group",
  "The VOICE research (2024), involving nearly 500 children", "Consumer Survey conducted in 2022 among Polish children",
  "Pathways and Disrupted Childhood", "Their 2025 study indicates", "2023 Global Threat Assessment")
q("examples", "examples of consulting young people directly",
  "#MyVoiceMyFuture campaign, which consulted 85 children", "consultation workshops held in Indonesia, Lebanon, and Malawi",
  "results of the youth online consultation on digital literacy", "hearing the voice of the youth")
q("examples", "Which countries have a national committee for child online protection?",
  "Egypt’s National Committee for Child online protection", "PTA established a Child Online Protection Committee",
  "The National Advisory Committee on Child Online Safety of Tanzania")
q("examples", "examples of safety material in local languages",
  "developed local language content in Urdu", "translating ITU Child Online Protection into Hungarian",
  "Available in English and Welsh", "online safety training in Arabic",
  "translation ITU Child Online Protection Guidelines into national languages")
q("examples", "what have countries done about cyberbullying",
  "raise awareness of the dangers of verbal and psychological bullying and cyberbullying", "Anti-Cyberbullying Days",
  "how to deal with cyberbullying", "combat cyberbullying, privacy breaches, and harmful content")
q("examples", "examples of work with UNICEF",
  "in collaboration with UNICEF, TikTok, and Global System for Mobile Association",
  "partnerships with UNODC, ITU, and UNICEF", "increasing collaboration with the United Nations Children’s Fund (UNICEF)")
q("examples", "best practices for involving parents",
  "supporting parents in fostering their children's holistic well-being", "Family Center for parents to monitor their teens",
  "CNIL provides resources for parents and educators", "ITU also targeting parents, educators and caregivers",
  "equipping parents and teachers with the appropriate skills")
q("examples", "examples of age verification efforts",
  "privacy-preserving age verification system, set to launch in 2025",
  "age verification toolkits as an age assurance solution", "lack of comprehensive standards for age verification")
q("examples", "Which organisations work with the police?",
  "its cybercrime units work with INTERPOL and Europol", "send reports to Interpol for intervention",
  "unites financial institutions, technology partners, and law enforcement", "build capacities and capabilities of LE")
q("examples", "Give me examples of Safer Internet Day activities",
  "the Safer Internet Day in Beheira Governorate (2016)", "Events like Safer Internet Day and social media awareness campaigns",
  "Chad also participates in global initiatives like Safe Internet Day", "on Safer Internet Day 2020")
q("examples", "examples of how companies detect abuse content",
  "proactive detection methods that have led to numerous arrests", "develop AI-based detection tools",
  "Hash Database enable automated identification", "It also immediately identifies previously released materials")
q("examples", "Which countries got ITU help with national COP frameworks?",
  "National COP frameworks were advanced in the Bahamas and Suriname, with technical assistance initiated in Andorra",
  "first pilot of the ITU's global Child Online Protection program")
q("examples", "Where were Training of Trainers sessions held?",
  "the Maldives saw the implementation of a Training of Trainers for Educators", "Training of Trainers (ToT) programs",
  "Training programs like Training of Trainers (ToT)", "providing Training of Trainers (ToT) to social workers")
q("examples", "examples of initiatives on AI and children",
  "Joint Statement on AI and Child Rights", "UNICEF is also updating its AI for Children guidance",
  "developing a child rights impact assessment tool for AI", "integrating child protection into cybersecurity and AI governance")
q("examples", "examples of digital literacy initiatives",
  "nationwide digital literacy initiative “Digital Hifazat”", "The initiative focuses on building digital literacy",
  "development of a digital literacy framework", "digital-media literacy")

# Facts, who, several reports, search-box style, slips, dates
q("fact", "What is the Wa3i.net platform?", "The Wa3i.net platform developed within the initiative offers specialized content")
q("fact", "how many organisations signed the Digital Childhood Ethics Charter", "signed by 13,000+ organizations")
q("fact", "when was the Lanzarote Convention adopted", "adopted in 2007 and in force since 2010")
q("fact", "how many children and caregivers took part in the VOICE research",
  "involving nearly 500 children and caregivers across 15 countries")
q("fact", "when was FCACSE launched", "launched in 2006")
q("fact", "Where is Scort Foundation based?", "Based in Basel, Switzerland")
q("fact", "what does INHOPE's ICCAM system do", "allows hotlines to receive, assess and send reports to Interpol")
q("fact", "Which countries does Kindernothilfe's programme work in?", "Indonesia, Nepal, and the Philippines")
q("fact", "Who funds the WISE KIDS programme?", "funded by the UK Home Office")
q("fact", "what are the pillars of the EU toolbox", "Its EU toolbox consists of three key pillars")
q("fact", "How many children do the coaches trained in Ecuador work with?", "working with over 1,800 children")
q("fact", "what did the 2018 youth consultation on digital literacy recommend",
  "1) to engage in multistakeholder approaches")
q("multi", "What has Egypt presented to the group over the years?",
  "activities of Egypt’s National Committee for Child online protection",
  "Digital Citizenship Initiative, a national effort led by the Egyptian Ministry")
q("multi", "What has Poland presented over time?", "educational campaign “I click sensibly”",
  "two significant UKE projects aimed at children's online protection")
q("multi", "what has the UAE contributed across meetings", "promoting children’s rights in a digital world",
  "every young child in Abu Dhabi is healthy")
q("multi", "how has the group worked with ITU-D Study Group 2",
  "A first liaison statement was sent to ITU-D Study Group 2",
  "sent to ITU-D Study Group 2 Question 3/2 for consideration",
  "coordinating COP-related activities between ITU-D SG2 Q3/2 and CWG-COP")
q("keyword", "UNCRC joint statement AI", "Joint Statement on AI and Child Rights")
q("keyword", "OECS regional policy 2022", "introduced a regional policy in 2022")
q("typo", "hash databse csam", "Hash Database enable automated identification")
q("typo", "wise kids radicalisaton", "Preventing Online Radicalisation")
q("typo", "scort fondation ecuador coaches", "a webinar in Ecuador trained 46 young coaches")
q("time", "when will the PoP final principles be published", "Final principles will be published in 2025")
q("time", "when does the EU digital wallet come", "bridge to the EU Digital Wallet in 2026")
q("time", "since when has Scort worked with ITU", "Since 2020, they have partnered with the ITU")

# Plausible questions the reports do not answer
q("unanswerable", "How many contributions did the 21st meeting receive?")
q("unanswerable", "What did Nigeria present at the 22nd meeting?")
q("unanswerable", "What fine did the European Commission impose on TikTok?")
q("unanswerable", "What was the budget of the COP Global Programme?")
q("unanswerable", "Who won the #TodosSomosUnicos app competition?")
q("unanswerable", "When will the 24th meeting be held?")
q("unanswerable", "What does the UK Online Safety Act require from platforms?")
q("unanswerable", "How many children called Tanzania's 116 helpline last year?")
q("unanswerable", "What did India say about banning social media for under-16s?")
q("unanswerable", "Which country hosted the Global Age Assurance Standards Summit?")
q("unanswerable", "What sanctions did the CNIL impose on social networks?")
q("unanswerable", "What percentage of Polish children experienced cyberbullying in the 2022 survey?")
q("unanswerable", "What was the outcome of the vote on the Philippines' merged resolution in January?")
q("unanswerable", "Who was elected chair of CWG-COP in 2025?")


# ---------------------------------------------------------------------------------------------------------
# Questions in the other five UN languages (issue 9), written to questions_multilingual.jsonl. Each is a
# translation, by a person, of one question of the frozen test half, keyed by its id; the gold quotes stay the
# English ones (the reports are English). The same 35 questions in every language, so the languages compare on
# the same ground; the file also carries the 35 English originals (no "lang": English). Frozen like the test
# half: written before anything was measured on it, never edited or tuned on.
LANGS = ("fr", "es", "ru", "ar", "zh")
TRANSLATIONS = {
    "t-meeting-01": ("Combien de contributions la dix-neuvième réunion a-t-elle reçues ?",
                     "¿Cuántas contribuciones recibió la decimonovena reunión?",
                     "Сколько вкладов поступило на девятнадцатое собрание?",
                     "كم عدد المساهمات التي تلقاها الاجتماع التاسع عشر؟",
                     "第十九次会议收到了多少份文稿？"),
    "t-meeting-02": ("qui a présidé la vingt-deuxième réunion",
                     "quién presidió la vigesimosegunda reunión",
                     "кто председательствовал на двадцать втором собрании",
                     "من ترأس الاجتماع الثاني والعشرين",
                     "第二十二次会议由谁主持"),
    "t-meeting-04": ("combien de personnes ont assisté à la 14e réunion",
                     "cuántas personas asistieron a la 14.ª reunión",
                     "сколько человек присутствовало на 14-м собрании",
                     "كم عدد الأشخاص الذين حضروا الاجتماع الرابع عشر",
                     "第14次会议有多少人参加"),
    "t-meeting-05": ("Quand la seizième réunion s'est-elle tenue ?",
                     "¿Cuándo se celebró la decimosexta reunión?",
                     "Когда состоялось шестнадцатое собрание?",
                     "متى عُقد الاجتماع السادس عشر؟",
                     "第十六次会议是什么时候举行的？"),
    "t-meeting-09": ("Qui a ouvert la 14e réunion ?",
                     "¿Quién inauguró la 14.ª reunión?",
                     "Кто открыл 14-е собрание?",
                     "من افتتح الاجتماع الـ14؟",
                     "第14次会议由谁宣布开幕？"),
    "t-meeting-10": ("Qui a ouvert la dix-neuvième réunion ?",
                     "¿Quién inauguró la decimonovena reunión?",
                     "Кто открыл девятнадцатое собрание?",
                     "من افتتح الاجتماع التاسع عشر؟",
                     "第十九次会议由谁宣布开幕？"),
    "t-meeting-14": ("Qu'a dit le président de la 19e réunion au sujet des réseaux sociaux ?",
                     "¿Qué dijo el presidente de la 19.ª reunión sobre las redes sociales?",
                     "Что председатель 19-го собрания сказал о социальных сетях?",
                     "ماذا قال رئيس الاجتماع الـ19 بشأن وسائل التواصل الاجتماعي؟",
                     "第19次会议主席就社交媒体说了什么？"),
    "t-meeting-15": ("Quand la vingt et unième réunion a-t-elle eu lieu ?",
                     "¿Cuándo tuvo lugar la vigesimoprimera reunión?",
                     "Когда прошло двадцать первое собрание?",
                     "متى انعقد الاجتماع الحادي والعشرون؟",
                     "第二十一次会议是什么时候召开的？"),
    "t-meeting-19": ("Quel pays a proposé des séances d'information lors de la dix-septième réunion ?",
                     "¿Qué país propuso sesiones informativas en la decimoséptima reunión?",
                     "Какая страна предложила провести информационные сессии на семнадцатом собрании?",
                     "ما البلد الذي اقترح تنظيم جلسات إعلامية في الاجتماع السابع عشر؟",
                     "在第十七次会议上，哪个国家提议举办情况介绍会？"),
    "t-meeting-23": ("Combien de participants comptait la réunion de février 2025 ?",
                     "¿Cuántos participantes tuvo la reunión de febrero de 2025?",
                     "Сколько участников было на собрании в феврале 2025 года?",
                     "كم عدد المشاركين في اجتماع فبراير 2025؟",
                     "2025年2月的会议有多少名与会者？"),
    "t-paraphrase-01": ("Existe-t-il une application où les ados peuvent demander comment rester en sécurité sur "
                        "Internet ?",
                        "¿Hay alguna aplicación que los adolescentes puedan usar para preguntar cómo estar seguros "
                        "en internet?",
                        "Есть ли приложение, через которое подростки могут спросить, как обезопасить себя в "
                        "интернете?",
                        "هل هناك تطبيق يمكن للمراهقين استخدامه للسؤال عن كيفية البقاء في أمان على الإنترنت؟",
                        "有没有一款应用能让青少年咨询怎样安全上网？"),
    "t-paraphrase-02": ("Quel groupement d'entreprises technologiques s'unit contre les prédateurs qui s'en "
                        "prennent aux jeunes ?",
                        "¿Qué agrupación de empresas tecnológicas colabora contra los depredadores que acechan a "
                        "los menores?",
                        "Какое объединение технологических компаний сообща противостоит злоумышленникам, "
                        "охотящимся на несовершеннолетних?",
                        "ما مجموعة شركات التكنولوجيا التي تعمل معًا ضد المتربصين بصغار السن؟",
                        "哪个科技企业团体联合起来对付盯上青少年的不法分子？"),
    "t-paraphrase-05": ("Quel pays est décrit comme un foyer de ces crimes contre les mineurs ?",
                        "¿Qué país se describe como un foco de estos delitos contra menores?",
                        "Какую страну называют очагом этих преступлений против несовершеннолетних?",
                        "أي بلد يوصف بأنه بؤرة لهذه الجرائم المرتكبة ضد القاصرين؟",
                        "哪个国家被称为这类侵害未成年人犯罪的高发地？"),
    "t-paraphrase-08": ("Les adultes pensent-ils protéger les enfants mieux qu'ils ne le font réellement ?",
                        "¿Creen los adultos que protegen a los niños mejor de lo que realmente lo hacen?",
                        "Считают ли взрослые, что защищают детей лучше, чем на самом деле?",
                        "هل يعتقد الكبار أنهم يحمون الأطفال أفضل مما يفعلون في الواقع؟",
                        "大人是否以为自己把孩子保护得比实际更好？"),
    "t-paraphrase-10": ("Comment repérer et retirer automatiquement les images illégales ?",
                        "¿Cómo se pueden localizar y retirar automáticamente las imágenes ilegales?",
                        "Как можно автоматически находить и удалять незаконные изображения?",
                        "كيف يمكن العثور على الصور غير القانونية وإزالتها تلقائيًا؟",
                        "如何自动发现并删除非法图片？"),
    "t-paraphrase-12": ("Qu'est-ce qui inquiète quand les messages sont brouillés pour que personne d'autre ne "
                        "puisse les lire ?",
                        "¿Qué preocupa cuando los mensajes se codifican para que nadie más pueda leerlos?",
                        "Какие опасения вызывает то, что сообщения кодируются так, что никто посторонний не может "
                        "их прочитать?",
                        "ما الذي يثير القلق عندما تُموَّه الرسائل بحيث لا يستطيع أي شخص آخر قراءتها؟",
                        "把消息打乱让旁人都看不懂，这会引发什么担忧？"),
    "t-paraphrase-13": ("A-t-il été question de contrôler l'âge des utilisateurs ?",
                        "¿Se dijo algo sobre comprobar qué edad tienen los usuarios?",
                        "Говорилось ли что-нибудь о том, как проверять, сколько лет пользователям?",
                        "هل قيل شيء عن التأكد من أعمار المستخدمين؟",
                        "有没有人谈到怎么核实用户多大年纪？"),
    "t-paraphrase-30": ("Les victimes sont-elles de plus en plus jeunes ?",
                        "¿Las víctimas son cada vez más jóvenes?",
                        "Становятся ли жертвы всё моложе?",
                        "هل أصبح الضحايا أصغر سنًا؟",
                        "受害者是否越来越年幼？"),
    "t-fact-03": ("quand la convention de Lanzarote a-t-elle été adoptée",
                  "cuándo se adoptó el Convenio de Lanzarote",
                  "когда была принята Лансаротская конвенция",
                  "متى اعتُمدت اتفاقية لانزاروتي",
                  "兰萨罗特公约是哪年通过的"),
    "t-fact-06": ("Où la fondation Scort est-elle basée ?",
                  "¿Dónde tiene su sede la Fundación Scort?",
                  "Где находится фонд Scort?",
                  "أين يقع مقر مؤسسة Scort؟",
                  "Scort基金会的总部设在哪里？"),
    "t-fact-08": ("Dans quels pays le programme de Kindernothilfe intervient-il ?",
                  "¿En qué países trabaja el programa de Kindernothilfe?",
                  "В каких странах работает программа Kindernothilfe?",
                  "في أي بلدان يعمل برنامج Kindernothilfe؟",
                  "Kindernothilfe的项目在哪些国家开展？"),
    "t-fact-09": ("Qui finance le programme WISE KIDS ?",
                  "¿Quién financia el programa WISE KIDS?",
                  "Кто финансирует программу WISE KIDS?",
                  "من يموّل برنامج WISE KIDS؟",
                  "WISE KIDS项目由谁资助？"),
    "t-examples-01": ("de bons exemples de jeux ou d'outils ludiques pour apprendre aux enfants la sécurité en "
                      "ligne ?",
                      "¿algún buen ejemplo de juegos o herramientas lúdicas para enseñar a los niños seguridad en "
                      "línea?",
                      "есть хорошие примеры игр или игровых инструментов, чтобы учить детей безопасности в "
                      "интернете?",
                      "هل من أمثلة جيدة على ألعاب أو أدوات ترفيهية لتعليم الأطفال السلامة على الإنترنت؟",
                      "有没有用游戏或寓教于乐的工具教孩子网络安全的好例子？"),
    "t-examples-06": ("Quels pays ont un comité national pour la protection des enfants en ligne ?",
                      "¿Qué países tienen un comité nacional de protección de la infancia en línea?",
                      "В каких странах есть национальный комитет по защите детей в онлайновой среде?",
                      "ما البلدان التي لديها لجنة وطنية لحماية الأطفال على الإنترنت؟",
                      "哪些国家设有儿童在线保护国家委员会？"),
    "t-examples-08": ("qu'ont fait les pays contre le cyberharcèlement",
                      "qué han hecho los países contra el ciberacoso",
                      "что страны сделали для борьбы с кибербуллингом",
                      "ماذا فعلت البلدان لمواجهة التنمر الإلكتروني",
                      "各国针对网络欺凌采取了哪些措施"),
    "t-examples-13": ("Donnez-moi des exemples d'activités pour la Journée pour un Internet plus sûr",
                      "Dame ejemplos de actividades del Día de Internet Segura",
                      "Приведи примеры мероприятий ко Дню безопасного интернета",
                      "أعطني أمثلة على أنشطة يوم الإنترنت الآمن",
                      "请举一些安全互联网日活动的例子"),
    "t-multi-01": ("Qu'a présenté l'Égypte au groupe au fil des années ?",
                   "¿Qué ha presentado Egipto al grupo a lo largo de los años?",
                   "Что Египет представлял группе за эти годы?",
                   "ما الذي قدّمته مصر إلى الفريق على مر السنين؟",
                   "这些年来埃及向工作组介绍了哪些内容？"),
    "t-multi-02": ("Qu'a présenté la Pologne au fil du temps ?",
                   "¿Qué ha presentado Polonia a lo largo del tiempo?",
                   "Что Польша представляла в разные годы?",
                   "ما الذي قدّمته بولندا على مر الوقت؟",
                   "波兰历来介绍过哪些内容？"),
    "t-time-01": ("quand les principes définitifs de PoP seront-ils publiés",
                  "cuándo se publicarán los principios definitivos de PoP",
                  "когда будут опубликованы окончательные принципы PoP",
                  "متى ستُنشر المبادئ النهائية لمبادرة PoP",
                  "PoP的最终原则什么时候发布"),
    "t-time-03": ("depuis quand Scort travaille-t-elle avec l'UIT",
                  "desde cuándo trabaja Scort con la UIT",
                  "с какого времени Scort сотрудничает с МСЭ",
                  "منذ متى تتعاون Scort مع الاتحاد الدولي للاتصالات",
                  "Scort从什么时候开始与国际电联合作"),
    "t-unanswerable-02": ("Qu'a présenté le Nigéria lors de la 22e réunion ?",
                          "¿Qué presentó Nigeria en la 22.ª reunión?",
                          "Что представила Нигерия на 22-м собрании?",
                          "ماذا قدّمت نيجيريا في الاجتماع الثاني والعشرين؟",
                          "尼日利亚在第22次会议上介绍了什么？"),
    "t-unanswerable-03": ("Quelle amende la Commission européenne a-t-elle infligée à TikTok ?",
                          "¿Qué multa impuso la Comisión Europea a TikTok?",
                          "Какой штраф Европейская комиссия наложила на TikTok?",
                          "ما الغرامة التي فرضتها المفوضية الأوروبية على تيك توك؟",
                          "欧盟委员会对TikTok处以了什么罚款？"),
    "t-unanswerable-06": ("Quand se tiendra la 24e réunion ?",
                          "¿Cuándo se celebrará la 24.ª reunión?",
                          "Когда состоится 24-е собрание?",
                          "متى سيُعقد الاجتماع الرابع والعشرون؟",
                          "第24次会议将于何时举行？"),
    "t-unanswerable-08": ("Combien d'enfants ont appelé la ligne d'assistance 116 de la Tanzanie l'an dernier ?",
                          "¿Cuántos niños llamaron el año pasado a la línea de ayuda 116 de Tanzania?",
                          "Сколько детей позвонили на линию помощи 116 в Танзании в прошлом году?",
                          "كم عدد الأطفال الذين اتصلوا بخط المساعدة 116 في تنزانيا العام الماضي؟",
                          "去年有多少儿童拨打了坦桑尼亚的116求助热线？"),
    "t-unanswerable-14": ("Qui a été élu président du CWG-COP en 2025 ?",
                          "¿Quién fue elegido presidente del CWG-COP en 2025?",
                          "Кто был избран председателем CWG-COP в 2025 году?",
                          "من انتُخب رئيسًا لفريق CWG-COP في عام 2025؟",
                          "2025年谁当选CWG-COP主席？"),
}


# The tuning half of the per-language evaluation, written to questions_multilingual_dev.jsonl: 77 dev questions
# (59 answerable, a spread over facts, who presented what, paraphrases, meeting questions, examples, multi-report
# and time questions; typos and keyword queries left out, they do not translate; and 18 unanswerable), each
# translated by hand the way the test table was. The last 40 (20 paraphrases, 8 meeting questions, 6 facts, who,
# examples and time questions, 6 unanswerable) were added in the eighth session. Thresholds for questions in other
# languages are tuned on this file only, never on questions_multilingual.jsonl.
DEV_TRANSLATIONS = {
    "fact-01": ("Qui a présidé la 19e réunion du CWG-COP ?",
                "¿Quién presidió la 19.ª reunión del CWG-COP?",
                "Кто председательствовал на 19-м собрании CWG-COP?",
                "من ترأس الاجتماع الـ19 لفريق CWG-COP؟",
                "CWG-COP第19次会议由谁主持？"),
    "fact-04": ("Combien de personnes ont participé à la vingt-deuxième réunion ?",
                "¿Cuántas personas participaron en la vigesimosegunda reunión?",
                "Сколько человек приняло участие в двадцать втором собрании?",
                "كم عدد الأشخاص الذين شاركوا في الاجتماع الثاني والعشرين؟",
                "有多少人参加了第二十二次会议？"),
    "fact-05": ("Où s'est tenue la 14e réunion ?",
                "¿Dónde se celebró la 14.ª reunión?",
                "Где проходило 14-е собрание?",
                "أين عُقد الاجتماع الـ14؟",
                "第14次会议在哪里举行？"),
    "fact-09": ("Combien d'entreprises compte la Tech Coalition ?",
                "¿Cuántas empresas forman parte de la Tech Coalition?",
                "Сколько компаний входит в Tech Coalition?",
                "كم عدد الشركات في Tech Coalition؟",
                "Tech Coalition有多少家公司？"),
    "fact-14": ("Quel soutien apporte la ligne d'écoute pour enfants de la Tanzanie ?",
                "¿Qué apoyo ofrece la línea de ayuda a la infancia de Tanzania?",
                "Какую поддержку оказывает детский телефон доверия в Танзании?",
                "ما الدعم الذي يقدمه خط مساعدة الطفل في تنزانيا؟",
                "坦桑尼亚的儿童求助热线提供什么帮助？"),
    "fact-17": ("Combien de contributions y a-t-il eu à la dix-huitième réunion ?",
                "¿Cuántas contribuciones hubo en la decimoctava reunión?",
                "Сколько вкладов было на восемнадцатом собрании?",
                "كم عدد المساهمات في الاجتماع الثامن عشر؟",
                "第十八次会议有多少份文稿？"),
    "who-02": ("Qu'a présenté l'Inde lors de la 19e réunion ?",
               "¿Qué presentó la India en la 19.ª reunión?",
               "Что представила Индия на 19-м собрании?",
               "ماذا قدّمت الهند في الاجتماع الـ19؟",
               "印度在第19次会议上介绍了什么？"),
    "who-06": ("Quelle question le Canada a-t-il soulevée à la 22e réunion ?",
               "¿Qué planteó Canadá en la 22.ª reunión?",
               "Какой вопрос подняла Канада на 22-м собрании?",
               "ما المسألة التي أثارتها كندا في الاجتماع الـ22؟",
               "加拿大在第22次会议上提出了什么问题？"),
    "who-07": ("Sur quoi portait la question de l'Allemagne ?",
               "¿Sobre qué preguntó Alemania?",
               "О чём спрашивала Германия?",
               "عمّ سألت ألمانيا؟",
               "德国询问了什么？"),
    "who-09": ("Qu'a proposé l'Arabie saoudite ?",
               "¿Qué propuso Arabia Saudita?",
               "Что предложила Саудовская Аравия?",
               "ماذا اقترحت المملكة العربية السعودية؟",
               "沙特阿拉伯提出了什么建议？"),
    "who-12": ("Qu'a présenté la Commission européenne en 2025 ?",
               "¿Qué presentó la Comisión Europea en 2025?",
               "Что представила Европейская комиссия в 2025 году?",
               "ماذا قدّمت المفوضية الأوروبية في عام 2025؟",
               "欧盟委员会在2025年介绍了什么？"),
    "paraphrase-01": ("Comment les papas et les mamans peuvent-ils garder un œil sur ce que font leurs ados sur "
                      "Snapchat ?",
                      "¿Cómo pueden mamás y papás estar pendientes de lo que hacen sus hijos adolescentes en "
                      "Snapchat?",
                      "Как мамам и папам присматривать за тем, что их подростки делают в Snapchat?",
                      "كيف يمكن للأمهات والآباء متابعة ما يفعله أبناؤهم المراهقون على سناب شات؟",
                      "爸爸妈妈怎样才能留意自家十几岁的孩子在Snapchat上做些什么？"),
    "paraphrase-03": ("Quel organe vérifie comment les pays appliquent le traité contre les abus sexuels sur les "
                      "enfants ?",
                      "¿Qué órgano comprueba cómo aplican los países el tratado contra el abuso sexual de niños?",
                      "Какой орган проверяет, как страны применяют договор против сексуального насилия над детьми?",
                      "ما الهيئة التي تتحقق من كيفية تطبيق البلدان للمعاهدة المناهضة للاعتداء الجنسي على الأطفال؟",
                      "哪个机构检查各国如何执行打击儿童性侵害的条约？"),
    "paraphrase-05": ("Les banques participent-elles à la lutte contre l'exploitation des enfants ?",
                      "¿Participan los bancos en frenar la explotación de niños?",
                      "Участвуют ли банки в пресечении эксплуатации детей?",
                      "هل تشارك البنوك في وقف استغلال الأطفال؟",
                      "银行是否参与制止对儿童的剥削？"),
    "paraphrase-08": ("Comment les entraîneurs de football aident-ils à protéger les enfants sur Internet ?",
                      "¿Cómo ayudan los entrenadores de fútbol a proteger a los niños en internet?",
                      "Как футбольные тренеры помогают защищать детей в интернете?",
                      "كيف يساعد مدربو كرة القدم في حماية الأطفال على الإنترنت؟",
                      "足球教练如何帮助在互联网上保护孩子？"),
    "paraphrase-10": ("Qu'a-t-on dit des jeunes qui restent trop longtemps les yeux rivés sur les écrans ?",
                      "¿Qué se dijo sobre los jóvenes que pasan demasiado tiempo mirando pantallas?",
                      "Что говорилось о молодёжи, которая слишком долго смотрит в экраны?",
                      "ماذا قيل عن الصغار الذين يحدّقون في الشاشات لفترات طويلة جدًا؟",
                      "关于年轻人盯着屏幕时间过长，有什么说法？"),
    "examples-01": ("Qu'ont fait les pays pour former les enseignants à la sécurité en ligne ?",
                    "¿Qué han hecho los países para formar a los docentes en seguridad en línea?",
                    "Что сделали страны для обучения учителей безопасности в интернете?",
                    "ماذا فعلت البلدان لتدريب المعلمين على السلامة على الإنترنت؟",
                    "各国为培训教师的网络安全知识做了哪些工作？"),
    "examples-02": ("Donnez des exemples de campagnes de sensibilisation menées par des pays",
                    "Da ejemplos de campañas de sensibilización realizadas por los países",
                    "Приведите примеры информационно-просветительских кампаний, проводимых странами",
                    "أعطِ أمثلة على حملات توعية نفذتها البلدان",
                    "请举例说明各国开展的提高意识宣传活动"),
    "examples-04": ("Exemples de lignes d'écoute ou de lignes directes pour signaler des abus",
                    "Ejemplos de líneas de ayuda o líneas directas para denunciar abusos",
                    "Примеры телефонов доверия или горячих линий для сообщений о насилии",
                    "أمثلة على خطوط المساعدة أو الخطوط الساخنة للإبلاغ عن الاعتداءات",
                    "用于举报侵害行为的求助热线或举报热线的例子"),
    "multi-02": ("Qu'a présenté Terre des Hommes au fil des années ?",
                 "¿Qué ha presentado Terre des Hommes a lo largo de los años?",
                 "Что Terre des Hommes представляла в разные годы?",
                 "ما الذي قدّمته منظمة Terre des Hommes على مر السنين؟",
                 "这些年来Terre des Hommes介绍过哪些内容？"),
    "multi-04": ("Qu'a présenté l'Alliance mondiale WeProtect ?",
                 "¿Qué ha presentado la Alianza Mundial WeProtect?",
                 "Что представлял Глобальный альянс WeProtect?",
                 "ما الذي قدّمه التحالف العالمي WeProtect؟",
                 "WeProtect全球联盟介绍过哪些内容？"),
    "multi-07": ("Qu'a recommandé le Président au sujet de la participation des parties prenantes ?",
                 "¿Qué recomendó el Presidente sobre la participación de las partes interesadas?",
                 "Что рекомендовал Председатель в отношении участия заинтересованных сторон?",
                 "بماذا أوصى الرئيس بشأن مشاركة أصحاب المصلحة؟",
                 "主席就利益攸关方的参与提出了什么建议？"),
    "time-03": ("Quand la quinzième réunion a-t-elle eu lieu ?",
                "¿Cuándo tuvo lugar la decimoquinta reunión?",
                "Когда состоялось пятнадцатое собрание?",
                "متى انعقد الاجتماع الخامس عشر؟",
                "第十五次会议是什么时候举行的？"),
    "time-07": ("Que s'est-il passé lors de la réunion de septembre 2024 ?",
                "¿Qué ocurrió en la reunión de septiembre de 2024?",
                "Что происходило на собрании в сентябре 2024 года?",
                "ماذا جرى في اجتماع سبتمبر 2024؟",
                "2024年9月的会议上发生了什么？"),
    "time-09": ("Quand le système européen de vérification de l'âge sera-t-il lancé ?",
                "¿Cuándo se pondrá en marcha el sistema de verificación de edad de la UE?",
                "Когда будет запущена система проверки возраста ЕС?",
                "متى سيُطلق نظام الاتحاد الأوروبي للتحقق من العمر؟",
                "欧盟的年龄验证系统什么时候推出？"),
    "unanswerable-01": ("Qu'a présenté le Brésil au CWG-COP ?",
                        "¿Qué presentó Brasil en el CWG-COP?",
                        "Что представила Бразилия в CWG-COP?",
                        "ماذا قدّمت البرازيل إلى فريق CWG-COP؟",
                        "巴西在CWG-COP上介绍了什么？"),
    "unanswerable-02": ("Qui a présidé la 20e réunion du CWG-COP ?",
                        "¿Quién presidió la 20.ª reunión del CWG-COP?",
                        "Кто председательствовал на 20-м собрании CWG-COP?",
                        "من ترأس الاجتماع الـ20 لفريق CWG-COP؟",
                        "CWG-COP第20次会议由谁主持？"),
    "unanswerable-03": ("Qu'a dit le Japon au sujet des chatbots d'IA générative ?",
                        "¿Qué dijo Japón sobre los chatbots de IA generativa?",
                        "Что Япония сказала о чат-ботах на основе генеративного ИИ?",
                        "ماذا قالت اليابان عن روبوتات الدردشة بالذكاء الاصطناعي التوليدي؟",
                        "日本对生成式人工智能聊天机器人说了什么？"),
    "unanswerable-05": ("Qu'est-ce qui a été décidé à la 23e réunion en octobre 2025 ?",
                        "¿Qué se decidió en la 23.ª reunión, en octubre de 2025?",
                        "Какие решения были приняты на 23-м собрании в октябре 2025 года?",
                        "ما الذي تقرر في الاجتماع الـ23 في أكتوبر 2025؟",
                        "2025年10月的第23次会议作出了什么决定？"),
    "unanswerable-06": ("Comment s'appelle la loi nationale du Kenya sur la protection des enfants en ligne ?",
                        "¿Cómo se llama la ley nacional de Kenia sobre protección de la infancia en línea?",
                        "Как называется национальный закон Кении о защите детей в интернете?",
                        "ما اسم القانون الوطني الكيني لحماية الأطفال على الإنترنت؟",
                        "肯尼亚关于儿童在线保护的国家法律叫什么？"),
    "unanswerable-08": ("Quel âge minimum pour les réseaux sociaux le groupe a-t-il recommandé ?",
                        "¿Qué edad mínima para las redes sociales recomendó el grupo?",
                        "Какой минимальный возраст для социальных сетей рекомендовала группа?",
                        "ما الحد الأدنى للسن لاستخدام وسائل التواصل الاجتماعي الذي أوصى به الفريق؟",
                        "工作组建议使用社交媒体的最低年龄是多少？"),
    # Added later, with the rules that catch them in English (a sum needs a currency; "what did X present"
    # needs X presenting), to tune and check those rules in the other languages on dev.
    "unanswerable-09": ("Combien d'argent la Commission européenne a-t-elle engagé pour la protection des enfants "
                        "en ligne ?",
                        "¿Cuánto dinero comprometió la Comisión Europea para la protección de la infancia en línea?",
                        "Сколько денег Европейская комиссия выделила на защиту детей в интернете?",
                        "كم من المال خصصت المفوضية الأوروبية لحماية الأطفال على الإنترنت؟",
                        "欧盟委员会为儿童在线保护承诺了多少资金？"),
    "unanswerable-14": ("Combien d'argent la Loterie néerlandaise du code postal a-t-elle donné à l'initiative "
                        "SCROL ?",
                        "¿Cuánto dinero dio la Lotería del Código Postal de los Países Bajos a la iniciativa SCROL?",
                        "Сколько денег нидерландская Почтовая лотерея передала инициативе SCROL?",
                        "كم من المال قدّمه يانصيب الرمز البريدي الهولندي لمبادرة SCROL؟",
                        "荷兰邮政编码彩票向SCROL倡议捐了多少钱？"),
    "unanswerable-25": ("Qu'a présenté le Nigeria lors de la vingt-deuxième réunion ?",
                        "¿Qué presentó Nigeria en la vigésima segunda reunión?",
                        "Что представила Нигерия на двадцать втором собрании?",
                        "ماذا قدّمت نيجيريا في الاجتماع الثاني والعشرين؟",
                        "尼日利亚在第二十二次会议上介绍了什么？"),
    # Questions about an outcome the reports never give (a winner, a host, what a code requires).
    "unanswerable-13": ("Qui a remporté le concours d'applications #TodosSomosUnicos en Argentine ?",
                        "¿Quién ganó el concurso de aplicaciones #TodosSomosUnicos de Argentina?",
                        "Кто победил в конкурсе приложений #TodosSomosUnicos в Аргентине?",
                        "من فاز في مسابقة تطبيقات #TodosSomosUnicos في الأرجنتين؟",
                        "谁赢得了阿根廷的#TodosSomosUnicos应用程序竞赛？"),
    "unanswerable-18": ("Quelle ville a accueilli le Sommet mondial sur les normes de vérification de l'âge ?",
                        "¿Qué ciudad acogió la Cumbre Mundial sobre Normas de Verificación de la Edad?",
                        "Какой город принимал Глобальный саммит по стандартам проверки возраста?",
                        "ما المدينة التي استضافت القمة العالمية لمعايير التحقق من العمر؟",
                        "哪个城市主办了全球年龄验证标准峰会？"),
    "unanswerable-21": ("Qu'exige des services en ligne le code de conception adapté à l'âge du Royaume-Uni ?",
                        "¿Qué exige a los servicios en línea el Código de Diseño Adecuado a la Edad del Reino Unido?",
                        "Что Кодекс проектирования с учётом возраста Великобритании требует от онлайн-сервисов?",
                        "ماذا تشترط مدونة التصميم المناسب للعمر في المملكة المتحدة على الخدمات الإلكترونية؟",
                        "英国的《适龄设计规范》要求在线服务做什么？"),
    # Added in the eighth session: 20 of the later paraphrases, 8 meeting questions, 6 more facts, who, examples
    # and time questions, and 6 of the later unanswerable ones.
    "paraphrase-39": ("Le président a-t-il montré un insigne ou un emblème pour donner au groupe de travail sa "
                      "propre identité ?",
                      "¿Mostró el presidente una insignia o un emblema para dar al grupo de trabajo una identidad "
                      "propia?",
                      "Показывал ли председатель значок или эмблему, чтобы придать рабочей группе собственную "
                      "идентичность?",
                      "هل عرض الرئيس شارة أو شعارًا لإعطاء فريق العمل هويته الخاصة؟",
                      "主席是否展示了一枚徽章或一个标志，让工作组有自己的身份？"),
    "paraphrase-41": ("Comment le programme britannique de sécurité à l'école a-t-il été adapté à la culture et "
                      "aux lois d'un pays du Golfe ?",
                      "¿Cómo se adaptó el programa británico de seguridad escolar a la cultura y las leyes de un "
                      "país del Golfo?",
                      "Как британскую программу безопасности в школах приспособили к культуре и законам одной из "
                      "стран Персидского залива?",
                      "كيف عُدّل البرنامج البريطاني للسلامة في المدارس ليناسب ثقافة إحدى دول الخليج وقوانينها؟",
                      "英国的学校安全计划是如何调整以适应一个海湾国家的文化和法律的？"),
    "paraphrase-42": ("D'après l'enquête auprès des jeunes, qu'est-ce qui empêche les enfants de devenir à l'aise "
                      "avec la technologie ?",
                      "Según la encuesta a los jóvenes, ¿qué impide que los niños se desenvuelvan bien con la "
                      "tecnología?",
                      "Согласно опросу молодёжи, что мешает детям хорошо освоить технологии?",
                      "وفقًا لاستطلاع الشباب، ما الذي يمنع الأطفال من إتقان التكنولوجيا؟",
                      "根据青年调查，是什么阻碍孩子们熟练掌握技术？"),
    "paraphrase-43": ("Le réseau mondial de lignes de signalement alimente-t-il la plus grande base de données de "
                      "cas d'abus ?",
                      "¿La red mundial de líneas de denuncia alimenta la mayor base de datos de casos de abuso?",
                      "Пополняет ли всемирная сеть линий для сообщений о нарушениях крупнейшую базу данных случаев "
                      "насилия?",
                      "هل تغذّي الشبكة العالمية لخطوط الإبلاغ أكبر قاعدة بيانات لحالات الاعتداء؟",
                      "全球举报热线网络是否在为最大的虐待案件数据库提供资料？"),
    "paraphrase-45": ("A-t-on convenu de créer un endroit unique sur le Web qui rassemble ce que fait chaque "
                      "pays ?",
                      "¿Se acordó crear un único sitio en la web que reúna lo que está haciendo cada país?",
                      "Договорились ли создать единое место в интернете, где собрано то, что делает каждая страна?",
                      "هل اتُّفق على إنشاء مكان واحد على الإنترنت يجمع ما تقوم به كل دولة؟",
                      "是否商定在网上建一个地方，汇集每个国家正在做的工作？"),
    "paraphrase-47": ("Le président a-t-il demandé aux pays d'aider à mettre les orientations en pratique chez "
                      "eux, par exemple financièrement ?",
                      "¿Pidió el presidente a los países que ayudaran a poner en práctica las orientaciones en "
                      "casa, por ejemplo con dinero?",
                      "Просил ли председатель страны помочь воплотить рекомендации в жизнь у себя, например "
                      "деньгами?",
                      "هل طلب الرئيس من الدول المساعدة في تطبيق الإرشادات داخل بلدانها، بالمال مثلًا؟",
                      "主席是否请各国帮助在本国落实这些指导意见，比如出资？"),
    "paraphrase-48": ("A-t-on proposé de parler de la sécurité des enfants lors des événements annuels qui "
                      "encouragent les jeunes femmes à se tourner vers les métiers de la technologie ?",
                      "¿Se propuso hablar de la seguridad infantil en los eventos anuales que animan a las jóvenes "
                      "a seguir carreras tecnológicas?",
                      "Предлагалось ли говорить о безопасности детей на ежегодных мероприятиях, которые побуждают "
                      "молодых женщин выбирать профессии в сфере технологий?",
                      "هل اقتُرح الحديث عن سلامة الأطفال في الفعاليات السنوية التي تشجع الشابات على العمل في "
                      "المجالات التقنية؟",
                      "是否有人提议在每年鼓励年轻女性从事科技职业的活动上讨论儿童安全？"),
    "paraphrase-50": ("Quel régulateur de l'audiovisuel du Caucase travaille avec un organisme européen des "
                      "droits de l'homme sur les compétences médiatiques ?",
                      "¿Qué regulador audiovisual del Cáucaso trabaja con un organismo europeo de derechos humanos "
                      "en competencias mediáticas?",
                      "Какой регулятор в сфере вещания на Кавказе сотрудничает с европейской правозащитной "
                      "организацией в области медийных навыков?",
                      "ما الجهة المنظمة للبث في القوقاز التي تعمل مع هيئة أوروبية لحقوق الإنسان على المهارات "
                      "الإعلامية؟",
                      "高加索地区哪个广播监管机构与一个欧洲人权机构在媒体技能方面开展合作？"),
    "paraphrase-51": ("Est-ce que quelqu'un met à jour les termes convenus à employer pour parler des abus "
                      "sexuels sur les enfants ?",
                      "¿Alguien está actualizando los términos acordados que deben usarse al hablar del abuso "
                      "sexual de niños?",
                      "Обновляет ли кто-нибудь согласованные слова, которые следует употреблять, говоря о "
                      "сексуальном насилии над детьми?",
                      "هل يعمل أحد على تحديث الكلمات المتفق عليها التي ينبغي استخدامها عند الحديث عن الاعتداء "
                      "الجنسي على الأطفال؟",
                      "有人在更新谈论儿童性侵害时应当使用的约定用语吗？"),
    "paraphrase-54": ("Qu'ont répondu les entreprises de réseaux sociaux présentes sur scène quand on leur a "
                      "demandé comment elles protègent les jeunes utilisateurs ?",
                      "¿Qué respondieron las empresas de redes sociales que estaban en el escenario cuando se les "
                      "preguntó cómo protegen a los usuarios jóvenes?",
                      "Что ответили компании социальных сетей, выступавшие на сцене, когда их спросили, как они "
                      "обеспечивают безопасность юных пользователей?",
                      "بماذا ردّت شركات التواصل الاجتماعي على المنصة عندما سُئلت كيف تحافظ على سلامة المستخدمين "
                      "الصغار؟",
                      "台上的社交媒体公司被问到如何保障年轻用户的安全时，是怎么回答的？"),
    "paraphrase-56": ("L'ancien chef d'État du pays insulaire a-t-il évoqué des témoignages bouleversants de "
                      "jeunes victimes de harcèlement ?",
                      "¿Mencionó el antiguo jefe de Estado del país insular testimonios angustiosos de jóvenes "
                      "víctimas de acoso?",
                      "Упоминал ли бывший глава островного государства тяжёлые рассказы юных жертв травли?",
                      "هل أشار رئيس الدولة السابق للبلد الجزري إلى شهادات مؤلمة من ضحايا التنمر الصغار؟",
                      "这个岛国的前国家元首是否提到了年幼的欺凌受害者令人痛心的讲述？"),
    "paraphrase-58": ("Les échanges prévus avec les entreprises technologiques auront-ils lieu en salle ou sur "
                      "Internet ?",
                      "¿Las conversaciones previstas con las empresas tecnológicas serán en una sala o por "
                      "internet?",
                      "Запланированные беседы с технологическими компаниями пройдут в зале или через интернет?",
                      "هل ستُعقد المحادثات المقررة مع شركات التكنولوجيا في قاعة أم عبر الإنترنت؟",
                      "计划中与科技公司的对话是在会议室里进行，还是通过互联网进行？"),
    "paraphrase-60": ("Existe-t-il une affiche en plusieurs langues qui explique les droits des jeunes sur leurs "
                      "données ?",
                      "¿Hay un cartel en varios idiomas que explique los derechos de los jóvenes sobre sus datos?",
                      "Есть ли плакат на нескольких языках, объясняющий права молодых людей на их данные?",
                      "هل يوجد ملصق بعدة لغات يشرح حقوق الشباب في بياناتهم؟",
                      "有没有一张用多种语言讲解年轻人对自己的数据享有哪些权利的海报？"),
    "paraphrase-61": ("Bruxelles se penche-t-elle sur les applications conçues pour rendre les enfants accros ?",
                      "¿Está Bruselas investigando las aplicaciones diseñadas para enganchar a los niños?",
                      "Изучает ли Брюссель приложения, созданные для того, чтобы дети на них подсаживались?",
                      "هل تحقق بروكسل في التطبيقات المصممة لجعل الأطفال مدمنين عليها؟",
                      "布鲁塞尔是否在调查专门设计来让孩子上瘾的应用程序？"),
    "paraphrase-64": ("Dans quelle ville autrichienne s'est tenue une formation sur les nouvelles technologies ?",
                      "¿En qué ciudad austriaca se celebró un evento de formación sobre nuevas tecnologías?",
                      "В каком австрийском городе прошло учебное мероприятие по новым технологиям?",
                      "في أي مدينة نمساوية عُقدت فعالية تدريبية حول التكنولوجيات الجديدة؟",
                      "关于新技术的培训活动是在奥地利哪个城市举办的？"),
    "paraphrase-66": ("Quelles sont les trois étapes de l'examen des normes techniques manquantes pour la "
                      "sécurité des enfants ?",
                      "¿Qué tres pasos sigue la revisión de las normas técnicas que faltan para la seguridad de "
                      "los niños?",
                      "Из каких трёх шагов состоит анализ недостающих технических норм для безопасности детей?",
                      "ما الخطوات الثلاث التي تتبعها مراجعة المعايير التقنية الناقصة لسلامة الأطفال؟",
                      "对儿童安全方面缺失的技术规范进行的审查分为哪三个步骤？"),
    "paraphrase-70": ("Le président pensait-il que c'était le bon moment pour travailler davantage avec "
                      "l'organisme qui gère les adresses Web ?",
                      "¿Creía el presidente que era un buen momento para trabajar más con el organismo que "
                      "gestiona las direcciones web?",
                      "Считал ли председатель, что настал удачный момент для более тесной работы с организацией, "
                      "которая управляет веб-адресами?",
                      "هل رأى الرئيس أن الوقت مناسب لزيادة العمل مع الهيئة التي تدير عناوين الويب؟",
                      "主席是否认为现在是与管理网址的机构加强合作的好时机？"),
    "paraphrase-72": ("Qui a dessiné le personnage sympathique qui apprend aux enfants les dangers du Web ?",
                      "¿Quién dibujó el simpático personaje que enseña a los niños los peligros de la web?",
                      "Кто нарисовал дружелюбного персонажа, который рассказывает детям об опасностях интернета?",
                      "من رسم الشخصية اللطيفة التي تعلّم الأطفال مخاطر الإنترنت؟",
                      "那个教孩子认识网络危险的友好角色是谁画的？"),
    "paraphrase-75": ("Le groupe doit-il demander l'avis des jeunes avant et pendant ses sessions ?",
                      "¿Debe el grupo pedir la opinión de los jóvenes antes y durante sus sesiones?",
                      "Должна ли группа спрашивать мнение молодёжи до и во время своих заседаний?",
                      "هل يتعين على الفريق أن يطلب آراء الشباب قبل جلساته وأثناءها؟",
                      "工作组是否必须在开会之前和开会期间征求年轻人的意见？"),
    "paraphrase-77": ("Où le mandat du groupe est-il consigné par écrit ?",
                      "¿Dónde está recogido por escrito el mandato del grupo?",
                      "Где записан мандат группы?",
                      "أين دُوّنت ولاية الفريق؟",
                      "工作组的职责授权写在哪里？"),
    "meeting-01": ("Qui a ouvert la 14e réunion ?",
                   "¿Quién abrió la 14.ª reunión?",
                   "Кто открыл 14-е собрание?",
                   "من افتتح الاجتماع الـ14؟",
                   "第14次会议是由谁宣布开幕的？"),
    "meeting-03": ("Qui a présidé la vingt-deuxième réunion ?",
                   "¿Quién presidió la vigésima segunda reunión?",
                   "Кто председательствовал на двадцать втором собрании?",
                   "من ترأس الاجتماع الثاني والعشرين؟",
                   "第二十二次会议由谁主持？"),
    "meeting-05": ("Quelles étaient les dates de la vingt et unième réunion ?",
                   "¿En qué fechas se celebró la vigesimoprimera reunión?",
                   "В какие даты проходило двадцать первое собрание?",
                   "ما تواريخ انعقاد الاجتماع الحادي والعشرين؟",
                   "第二十一次会议是在哪几天举行的？"),
    "meeting-08": ("Combien de participants la dix-huitième réunion a-t-elle réunis ?",
                   "¿Cuántos participantes tuvo la decimoctava reunión?",
                   "Сколько участников было на восемнадцатом собрании?",
                   "كم عدد المشاركين في الاجتماع الثامن عشر؟",
                   "第十八次会议有多少名与会者？"),
    "meeting-11": ("Qu'a pensé la réunion de février 2025 des échanges trimestriels avec l'industrie ?",
                   "¿Qué opinó la reunión de febrero de 2025 sobre las conversaciones trimestrales con la "
                   "industria?",
                   "Как собрание в феврале 2025 года оценило ежеквартальные беседы с отраслью?",
                   "ما رأي اجتماع فبراير 2025 في المحادثات الفصلية مع قطاع الصناعة؟",
                   "2025年2月的会议如何看待每季度一次的业界对话？"),
    "meeting-14": ("Quelles entreprises faisaient partie du panel lors de la réunion d'octobre 2023 ?",
                   "¿Qué empresas participaron en el panel de la reunión de octubre de 2023?",
                   "Какие компании участвовали в панельной дискуссии на собрании в октябре 2023 года?",
                   "ما الشركات التي شاركت في حلقة النقاش في اجتماع أكتوبر 2023؟",
                   "2023年10月的会议上有哪些公司参加了小组讨论？"),
    "meeting-19": ("Qu'a recommandé le Président de la 17e réunion au sujet des bureaux régionaux de l'UIT ?",
                   "¿Qué recomendó el Presidente de la 17.ª reunión sobre las oficinas regionales de la UIT?",
                   "Что рекомендовал Председатель 17-го собрания в отношении региональных отделений МСЭ?",
                   "بماذا أوصى رئيس الاجتماع الـ17 بشأن المكاتب الإقليمية للاتحاد الدولي للاتصالات؟",
                   "第17次会议主席就国际电联各区域办事处提出了什么建议？"),
    "meeting-24": ("Qu'a réaffirmé la vingt-deuxième réunion au sujet de l'implication des parties prenantes ?",
                   "¿Qué reconfirmó la vigésima segunda reunión sobre la implicación de las partes interesadas?",
                   "Что вновь подтвердило двадцать второе собрание в отношении привлечения заинтересованных "
                   "сторон?",
                   "ماذا أعاد الاجتماع الثاني والعشرون تأكيده بشأن إشراك أصحاب المصلحة؟",
                   "第二十二次会议就利益攸关方的参与再次确认了什么？"),
    "fact-02": ("Combien de participants ont assisté à la dix-neuvième réunion ?",
                "¿Cuántos participantes asistieron a la decimonovena reunión?",
                "Сколько участников присутствовало на девятнадцатом собрании?",
                "كم عدد المشاركين الذين حضروا الاجتماع التاسع عشر؟",
                "有多少名与会者出席了第十九次会议？"),
    "fact-13": ("Combien d'États parties compte la Convention de Lanzarote ?",
                "¿Cuántos Estados parte tiene el Convenio de Lanzarote?",
                "Сколько государств-участников у Конвенции Лансароте?",
                "كم عدد الدول الأطراف في اتفاقية لانزاروت؟",
                "《兰萨罗特公约》有多少个缔约国？"),
    "who-05": ("Qui a proposé de réviser la Résolution 179 en 2018 ?",
               "¿Quién propuso revisar la Resolución 179 en 2018?",
               "Кто предложил пересмотреть Резолюцию 179 в 2018 году?",
               "من اقترح تعديل القرار 179 في عام 2018؟",
               "2018年是谁提议修订第179号决议的？"),
    "who-16": ("Qu'a présenté l'Andorre ?",
               "¿Qué presentó Andorra?",
               "Что представила Андорра?",
               "ماذا قدّمت أندورا؟",
               "安道尔介绍了什么？"),
    "examples-06": ("Comment des organisations ont-elles utilisé le sport pour protéger les enfants en ligne ?",
                    "¿Cómo han utilizado las organizaciones el deporte para proteger a los niños en línea?",
                    "Как организации использовали спорт для защиты детей в интернете?",
                    "كيف استخدمت المنظمات الرياضة لحماية الأطفال على الإنترنت؟",
                    "各组织是如何利用体育在网上保护儿童的？"),
    "time-04": ("Quand a lieu la Conférence de Tbilissi ?",
                "¿Cuándo se celebra la Conferencia de Tiflis?",
                "Когда пройдёт Тбилисская конференция?",
                "متى يُعقد مؤتمر تبليسي؟",
                "第比利斯会议什么时候举行？"),
    "unanswerable-37": ("Quelle est la date limite pour envoyer une contribution à une réunion du CWG-COP ?",
                        "¿Cuál es el plazo para enviar una contribución a una reunión del CWG-COP?",
                        "Каков крайний срок подачи вклада на собрание CWG-COP?",
                        "ما الموعد النهائي لإرسال مساهمة إلى اجتماع فريق CWG-COP؟",
                        "向CWG-COP会议提交文稿的截止日期是什么时候？"),
    "unanswerable-39": ("Sur quoi les parties prenantes se sont-elles mises d'accord à la Conférence de Tbilissi "
                        "en mars 2025 ?",
                        "¿Qué acordaron las partes interesadas en la Conferencia de Tiflis de marzo de 2025?",
                        "О чём договорились заинтересованные стороны на Тбилисской конференции в марте 2025 года?",
                        "على ماذا اتفق أصحاب المصلحة في مؤتمر تبليسي في مارس 2025؟",
                        "利益攸关方在2025年3月的第比利斯会议上商定了什么？"),
    "unanswerable-40": ("Combien de lignes directes membres compte INHOPE ?",
                        "¿Cuántas líneas directas miembro tiene INHOPE?",
                        "Сколько горячих линий входит в INHOPE?",
                        "كم عدد الخطوط الساخنة الأعضاء في INHOPE؟",
                        "INHOPE有多少条成员热线？"),
    "unanswerable-41": ("Quel est le numéro de téléphone de la ligne directe du Centre national pour un Internet "
                        "plus sûr de Bulgarie ?",
                        "¿Cuál es el número de teléfono de la línea directa del Centro Nacional para una Internet "
                        "más Segura de Bulgaria?",
                        "Какой номер телефона у горячей линии Национального центра безопасного интернета Болгарии?",
                        "ما رقم هاتف الخط الساخن للمركز الوطني للإنترنت الأكثر أمانًا في بلغاريا؟",
                        "保加利亚国家更安全互联网中心热线的电话号码是多少？"),
    "unanswerable-46": ("Quelle ville accueillera le prochain sommet de l'Alliance mondiale WeProtect ?",
                        "¿Qué ciudad acogerá la próxima cumbre de la Alianza Mundial WeProtect?",
                        "Какой город примет следующий саммит Глобального альянса WeProtect?",
                        "ما المدينة التي ستستضيف القمة المقبلة للتحالف العالمي WeProtect؟",
                        "WeProtect全球联盟下一届峰会将在哪个城市举办？"),
    "unanswerable-48": ("Combien d'écoles en Tanzanie ont des clubs numériques ?",
                        "¿Cuántas escuelas de Tanzania tienen clubes digitales?",
                        "В скольких школах Танзании есть цифровые клубы?",
                        "كم عدد المدارس في تنزانيا التي لديها نوادٍ رقمية؟",
                        "坦桑尼亚有多少所学校设有数字俱乐部？"),
    # The other dev unanswerable questions, translated by a helper from the English alone (eleventh session).
    "unanswerable-04": ("Combien de signalements de matériel d'abus sexuels sur enfants le NCMEC a-t-il reçus en "
                        "2023 ?",
                        "¿Cuántas denuncias de material de abuso sexual infantil recibió el NCMEC en 2023?",
                        "Сколько сообщений о материалах, содержащих сцены сексуального насилия над детьми, получил "
                        "NCMEC в 2023 году?",
                        "كم عدد البلاغات عن مواد الاعتداء الجنسي على الأطفال التي تلقّاها NCMEC في عام 2023؟",
                        "2023年NCMEC收到了多少份关于儿童性虐待材料的举报？"),
    "unanswerable-07": ("Le Commissaire australien à la sécurité en ligne (eSafety Commissioner) a-t-il fait une "
                        "présentation au groupe ?",
                        "¿Realizó el Comisionado de Seguridad Electrónica de Australia (eSafety Commissioner) una "
                        "presentación ante el grupo?",
                        "Выступал ли Уполномоченный Австралии по вопросам безопасности в интернете (eSafety "
                        "Commissioner) с презентацией перед группой?",
                        "هل قدّم مفوض السلامة الإلكترونية في أستراليا (eSafety Commissioner) عرضاً أمام الفريق؟",
                        "澳大利亚网络安全专员（eSafety Commissioner）是否向该小组作过介绍？"),
    "unanswerable-10": ("Qu'a présenté la Chine au sujet des limites imposées aux mineurs en matière de jeux en "
                        "ligne ?",
                        "¿Qué presentó China sobre los límites al juego en línea para menores?",
                        "Что представил Китай по вопросу ограничений на онлайн-игры для несовершеннолетних?",
                        "ماذا قدّمت الصين بشأن القيود المفروضة على القُصّر في الألعاب الإلكترونية؟",
                        "中国就未成年人网络游戏限制介绍了哪些内容？"),
    "unanswerable-11": ("Qui est l'actuel Secrétaire général de l'UIT ?",
                        "¿Quién es el actual Secretario General de la UIT?",
                        "Кто в настоящее время является Генеральным секретарем МСЭ?",
                        "من هو الأمين العام الحالي للاتحاد الدولي للاتصالات؟",
                        "国际电联现任秘书长是谁？"),
    "unanswerable-12": ("Quelles sanctions Meta a-t-elle dû payer pour ne pas avoir protégé les enfants ?",
                        "¿Qué sanciones pagó Meta por no proteger a los niños?",
                        "Какие штрафы пришлось заплатить компании Meta за то, что она не обеспечила защиту детей?",
                        "ما الغرامات التي دفعتها شركة Meta بسبب إخفاقها في حماية الأطفال؟",
                        "Meta因未能保护儿童而支付了哪些罚款？"),
    "unanswerable-15": ("Qu'exige des fournisseurs de services Internet la modification apportée en 2024 à la loi "
                        "tanzanienne sur la cybercriminalité (Cybercrimes Act) ?",
                        "¿Qué exige a los proveedores de servicios de Internet la enmienda de 2024 a la Ley de "
                        "Ciberdelitos de Tanzanía?",
                        "Какие требования к поставщикам интернет-услуг устанавливает поправка 2024 года к Закону "
                        "Танзании о киберпреступлениях?",
                        "ما الذي يشترطه تعديل عام 2024 لقانون الجرائم الإلكترونية في تنزانيا على مقدّمي خدمات "
                        "الإنترنت؟",
                        "坦桑尼亚2024年《网络犯罪法》修正案对互联网服务提供商有哪些要求？"),
    "unanswerable-16": ("À combien s'élèvent les amendes infligées par la CNIL à des entreprises pour violation des "
                        "règles de protection de la vie privée des enfants ?",
                        "¿A cuánto ascendieron las multas impuestas por la CNIL a empresas por infringir las normas "
                        "de privacidad infantil?",
                        "На какую сумму CNIL оштрафовала компании за нарушение правил защиты неприкосновенности "
                        "частной жизни детей?",
                        "ما قيمة الغرامات التي فرضتها CNIL على الشركات بسبب انتهاكها قواعد حماية خصوصية الأطفال؟",
                        "CNIL因企业违反儿童隐私保护规则而对其处以了多少罚款？"),
    "unanswerable-17": ("Quel est le budget du CWG-COP pour 2024-2025, en francs suisses ?",
                        "¿Cuál es el presupuesto del CWG-COP para 2024-2025 en francos suizos?",
                        "Каков бюджет CWG-COP на 2024-2025 годы в швейцарских франках?",
                        "ما ميزانية فريق CWG-COP للفترة 2024-2025 بالفرنك السويسري؟",
                        "CWG-COP 2024-2025年的预算是多少瑞士法郎？"),
    "unanswerable-19": ("À quelles dates se tiendra la Conférence mondiale de développement des télécommunications "
                        "en Azerbaïdjan ?",
                        "¿En qué fechas se celebrará la Conferencia Mundial de Desarrollo de las Telecomunicaciones "
                        "en Azerbaiyán?",
                        "В какие даты пройдет Всемирная конференция по развитию электросвязи в Азербайджане?",
                        "في أي تواريخ سيُعقد المؤتمر العالمي لتنمية الاتصالات في أذربيجان؟",
                        "在阿塞拜疆举行的世界电信发展大会将于哪几天召开？"),
    "unanswerable-20": ("Combien d'enfants ont participé aux ateliers de consultation en Indonésie, au Liban et au "
                        "Malawi ?",
                        "¿Cuántos niños participaron en los talleres de consulta en Indonesia, el Líbano y Malawi?",
                        "Сколько детей приняли участие в консультационных семинарах в Индонезии, Ливане и Малави?",
                        "كم عدد الأطفال الذين شاركوا في حلقات العمل التشاورية في إندونيسيا ولبنان وملاوي؟",
                        "有多少儿童参加了在印度尼西亚、黎巴嫩和马拉维举办的咨询讲习班？"),
    "unanswerable-22": ("Quelles amendes la Commission européenne peut-elle infliger en vertu du règlement sur les "
                        "services numériques ?",
                        "¿Qué multas puede imponer la Comisión Europea en virtud del Reglamento de Servicios "
                        "Digitales?",
                        "Какие штрафы может налагать Европейская комиссия в соответствии с Законом о цифровых "
                        "услугах?",
                        "ما الغرامات التي يجوز للمفوضية الأوروبية فرضها بموجب قانون الخدمات الرقمية؟",
                        "根据《数字服务法》，欧盟委员会可处以哪些罚款？"),
    "unanswerable-23": ("Quels sont les deux conseillers qui souhaitaient que le CWG-COP conserve son mandat actuel "
                        "?",
                        "¿Qué dos consejeros querían que el CWG-COP mantuviera su mandato actual?",
                        "Какие два члена Совета выступали за сохранение нынешнего круга ведения CWG-COP?",
                        "من هما عضوا المجلس اللذان أرادا أن يحتفظ فريق CWG-COP باختصاصاته الحالية؟",
                        "哪两位理事希望CWG-COP保留其现有职权范围？"),
    "unanswerable-24": ("Qu'a présenté l'Iran lors de la 19e réunion ?",
                        "¿Qué presentó el Irán en la 19.ª reunión?",
                        "Что представил Иран на 19-м собрании?",
                        "ماذا قدّمت إيران في الاجتماع التاسع عشر؟",
                        "伊朗在第19次会议上介绍了什么？"),
    "unanswerable-26": ("Qu'a présenté le Suriname au groupe de travail au sujet de son cadre national de protection "
                        "en ligne des enfants ?",
                        "¿Qué presentó Suriname al grupo de trabajo sobre su marco nacional de protección de la "
                        "infancia en línea?",
                        "Что Суринам представил рабочей группе о своих национальных рамках защиты ребенка в "
                        "онлайновой среде?",
                        "ماذا قدّمت سورينام إلى فريق العمل بشأن إطارها الوطني لحماية الأطفال على الإنترنت؟",
                        "苏里南向工作组介绍了其国家儿童在线保护框架的哪些内容？"),
    "unanswerable-27": ("Combien de personnes la campagne bulgare « Be Brave, Be Good » a-t-elle touchées ?",
                        "¿A cuántas personas llegó la campaña búlgara «Be Brave, Be Good»?",
                        "Скольких людей охватила болгарская кампания «Be Brave, Be Good»?",
                        "كم عدد الأشخاص الذين وصلت إليهم حملة «Be Brave, Be Good» في بلغاريا؟",
                        "保加利亚的“Be Brave, Be Good”运动覆盖了多少人？"),
    "unanswerable-28": ("Combien d'arrestations les outils de détection de Snap ont-ils permis d'effectuer ?",
                        "¿A cuántas detenciones han conducido las herramientas de detección de Snap?",
                        "Сколько арестов удалось произвести благодаря инструментам обнаружения Snap?",
                        "كم عدد عمليات الاعتقال التي أسفرت عنها أدوات الكشف لدى Snap؟",
                        "Snap的检测工具促成了多少起逮捕？"),
    "unanswerable-29": ("Combien d'écoles des Émirats arabes unis ont rejoint le programme Aqdar eSafe School ?",
                        "¿Cuántas escuelas de los Emiratos Árabes Unidos se sumaron al programa Aqdar eSafe School?",
                        "Сколько школ в Объединенных Арабских Эмиратах присоединились к программе Aqdar eSafe "
                        "School?",
                        "كم عدد المدارس في الإمارات العربية المتحدة التي انضمت إلى برنامج «أقدر» للمدارس الآمنة "
                        "إلكترونياً (Aqdar eSafe School)؟",
                        "阿拉伯联合酋长国有多少所学校加入了Aqdar eSafe School项目？"),
    "unanswerable-30": ("Combien de jeunes ont répondu à la consultation en ligne RErights sur la culture numérique "
                        "?",
                        "¿Cuántos jóvenes respondieron a la consulta en línea de RErights sobre alfabetización "
                        "digital?",
                        "Сколько молодых людей ответили на вопросы онлайн-консультации RErights по цифровой "
                        "грамотности?",
                        "كم عدد الشباب الذين أجابوا على استشارة RErights عبر الإنترنت بشأن محو الأمية الرقمية؟",
                        "有多少年轻人回复了RErights关于数字素养的在线咨询？"),
    "unanswerable-31": ("Quel logo le groupe a-t-il finalement retenu après la proposition de 2018 ?",
                        "¿Qué logotipo eligió finalmente el grupo tras la propuesta de 2018?",
                        "Какой логотип в итоге выбрала группа после предложения 2018 года?",
                        "ما الشعار الذي اختاره الفريق في نهاية المطاف بعد مقترح عام 2018؟",
                        "继2018年的提案之后，该小组最终选定了哪个标志？"),
    "unanswerable-32": ("Combien le ministère de l'Intérieur du Royaume-Uni (Home Office) a-t-il payé pour le cours "
                        "de WISE KIDS sur la radicalisation ?",
                        "¿Cuánto pagó el Ministerio del Interior del Reino Unido (Home Office) por el curso de WISE "
                        "KIDS sobre radicalización?",
                        "Сколько Министерство внутренних дел Соединенного Королевства (Home Office) заплатило за "
                        "курс WISE KIDS по вопросам радикализации?",
                        "كم دفعت وزارة الداخلية في المملكة المتحدة (Home Office) مقابل الدورة التدريبية التي تقدّمها "
                        "WISE KIDS بشأن التطرف؟",
                        "英国内政部为WISE KIDS的激进化问题课程支付了多少费用？"),
    "unanswerable-33": ("Quels sont les six pays qui inscrivent l'exploitation sexuelle des enfants en ligne parmi "
                        "les infractions sous-jacentes ?",
                        "¿Qué seis países incluyen la explotación sexual infantil en línea entre los delitos "
                        "determinantes?",
                        "Какие шесть стран относят сексуальную эксплуатацию детей в интернете к предикатным "
                        "преступлениям?",
                        "ما البلدان الستة التي تُدرج الاستغلال الجنسي للأطفال عبر الإنترنت ضمن الجرائم الأصلية؟",
                        "哪六个国家将网上儿童性剥削列为上游犯罪？"),
    "unanswerable-34": ("Combien de participants ont assisté à la dix-septième réunion, en janvier 2021 ?",
                        "¿Cuántos participantes asistieron a la decimoséptima reunión, en enero de 2021?",
                        "Сколько участников присутствовало на семнадцатом собрании в январе 2021 года?",
                        "كم عدد المشاركين الذين حضروا الاجتماع السابع عشر في يناير 2021؟",
                        "2021年1月举行的第十七次会议有多少人参加？"),
    "unanswerable-35": ("Qui est le co-coordonnateur du Groupe par correspondance sur la protection en ligne des "
                        "enfants de l'ITU-T SG17 ?",
                        "¿Quién es el cocoordinador del Grupo por Correspondencia sobre protección de la infancia en "
                        "línea de la ITU-T SG17?",
                        "Кто является сокоординатором Корреспондентской группы ITU-T SG17 по защите ребенка в "
                        "онлайновой среде?",
                        "من هو المنسّق المشارك لفريق المراسلة المعني بحماية الأطفال على الإنترنت التابع لـ ITU-T "
                        "SG17؟",
                        "ITU-T SG17儿童在线保护通信组的联合召集人是谁？"),
    "unanswerable-36": ("Qu'a révélé l'Évaluation de la menace mondiale (Global Threat Assessment) de 2023 au sujet "
                        "de la sextorsion ?",
                        "¿Qué reveló la Evaluación de la Amenaza Mundial (Global Threat Assessment) de 2023 sobre la "
                        "sextorsión?",
                        "Какие выводы о секс-вымогательстве содержатся в Глобальной оценке угроз (Global Threat "
                        "Assessment) за 2023 год?",
                        "ما الذي توصّل إليه التقييم العالمي للتهديدات (Global Threat Assessment) لعام 2023 بشأن "
                        "الابتزاز الجنسي؟",
                        "2023年《全球威胁评估》（Global Threat Assessment）在性勒索方面有哪些发现？"),
    "unanswerable-38": ("Quelles organisations internationales ont cosigné la Déclaration commune sur l'IA et les "
                        "droits de l'enfant ?",
                        "¿Qué organizaciones internacionales son cosignatarias de la Declaración Conjunta sobre la "
                        "IA y los derechos del niño?",
                        "Какие международные организации подписали Совместное заявление об ИИ и правах ребенка?",
                        "ما المنظمات الدولية التي شاركت في التوقيع على البيان المشترك بشأن الذكاء الاصطناعي وحقوق "
                        "الطفل؟",
                        "哪些国际组织联署了《关于人工智能与儿童权利的联合声明》？"),
    "unanswerable-42": ("Quelle proportion d'enfants polonais ont déclaré avoir été victimes de cyberharcèlement "
                        "dans l'enquête auprès des consommateurs de 2022 ?",
                        "¿Qué proporción de niños polacos afirmó haber sufrido ciberacoso en la encuesta de "
                        "consumidores de 2022?",
                        "Какая доля польских детей сообщила, что подвергалась кибербуллингу, согласно "
                        "потребительскому опросу 2022 года?",
                        "ما نسبة الأطفال البولنديين الذين أفادوا بتعرّضهم للتنمّر الإلكتروني في استطلاع المستهلكين "
                        "لعام 2022؟",
                        "在2022年的消费者调查中，有多大比例的波兰儿童表示曾遭受网络欺凌？"),
    "unanswerable-43": ("À quelle date s'est tenue la manifestation organisée à Genève en 2024 qui a lancé la "
                        "coopération entre l'UIT et le CRC sur l'IA ?",
                        "¿En qué fecha se celebró el evento de 2024 en Ginebra que dio inicio a la cooperación entre "
                        "la UIT y el CRC en materia de IA?",
                        "Какого числа состоялось мероприятие 2024 года в Женеве, положившее начало сотрудничеству "
                        "МСЭ и CRC в области ИИ?",
                        "في أي تاريخ عُقدت فعالية جنيف لعام 2024 التي أطلقت التعاون بين الاتحاد الدولي للاتصالات "
                        "وCRC في مجال الذكاء الاصطناعي؟",
                        "2024年在日内瓦举办的、开启国际电联与CRC人工智能合作的活动是在哪一天举行的？"),
    "unanswerable-44": ("Comment s'appelle l'expert qui a conseillé les États lors de la séance « De la théorie à la "
                        "pratique » ?",
                        "¿Cómo se llama el experto que asesoró a los Estados en la sesión «De la teoría a la "
                        "práctica»?",
                        "Как зовут эксперта, который консультировал государства на сессии «От теории к практике»?",
                        "ما اسم الخبير الذي قدّم المشورة للدول في جلسة «من النظرية إلى التطبيق»؟",
                        "在“从理论到实践”环节中为各国提供咨询意见的专家叫什么名字？"),
    "unanswerable-45": ("Quelles entreprises russes ont fondé l'Alliance pour la protection des enfants dans "
                        "l'environnement numérique ?",
                        "¿Qué empresas rusas fundaron la Alianza para la Protección de los Niños en el Entorno "
                        "Digital?",
                        "Какие российские компании основали Альянс по защите детей в цифровой среде?",
                        "ما الشركات الروسية التي أسّست التحالف من أجل حماية الأطفال في البيئة الرقمية؟",
                        "哪些俄罗斯公司创立了数字环境儿童保护联盟？"),
    "unanswerable-47": ("Quelle langue des signes sera utilisée lors des sessions ITU Industry Connect ?",
                        "¿Qué lengua de señas se utilizará en las sesiones ITU Industry Connect?",
                        "Какой жестовый язык будет использоваться на сессиях ITU Industry Connect?",
                        "ما لغة الإشارة التي ستُستخدم في جلسات ITU Industry Connect؟",
                        "ITU Industry Connect会议将使用哪种手语？"),
    "unanswerable-49": ("Quel était le budget de l'UIT consacré à la protection en ligne des enfants en 2024 ?",
                        "¿Cuál fue el presupuesto de la UIT para la protección de la infancia en línea en 2024?",
                        "Каким был бюджет МСЭ на защиту ребенка в онлайновой среде в 2024 году?",
                        "ما الميزانية التي خصّصها الاتحاد الدولي للاتصالات لحماية الأطفال على الإنترنت في عام 2024؟",
                        "2024年国际电联用于儿童在线保护的预算是多少？"),
    "unanswerable-50": ("Qu'a annoncé Snap Inc. en 2025 au sujet de la vérification de l'âge ?",
                        "¿Qué anunció Snap Inc. en 2025 sobre la verificación de la edad?",
                        "Что компания Snap Inc. объявила в 2025 году относительно проверки возраста?",
                        "ماذا أعلنت شركة Snap Inc. في عام 2025 بشأن التحقق من العمر؟",
                        "Snap Inc.在2025年就年龄验证宣布了什么？"),
    "unanswerable-51": ("Quel pays finance le Groupe par correspondance sur la protection en ligne des enfants ?",
                        "¿Qué país financia el Grupo por Correspondencia sobre Protección de la Infancia en Línea?",
                        "Какая страна финансирует Корреспондентскую группу по защите ребенка в онлайновой среде?",
                        "ما البلد الذي يموّل فريق المراسلة المعني بحماية الأطفال على الإنترنت؟",
                        "哪个国家资助儿童在线保护通信组？"),
}


# Dev questions written in the other five languages by a helper in the fourteenth session, from its own reading
# of the reports (not translations: each asks about a passage of its own choosing), added to the per-language
# dev file with ids "native-<type>-<n>-<lang>"; gold quotes in English, as the reports are.
NATIVE = []


def native(kind, lang, question, *gold):
    number = sum(1 for x in NATIVE if x["type"] == kind) + 1
    NATIVE.append({"id": f"native-{kind}-{number:02d}-{lang}", "type": kind, "split": "dev", "lang": lang,
                   "question": question, "gold": list(gold)})


native('paraphrase', 'fr', "Existe-t-il des outils techniques pour repérer et retirer automatiquement les contenus illégaux d'abus sexuels sur enfants ?",
  'Technological solutions such as the Hash Database enable automated identification and removal of illegal content',
  'advocated for unified hash-matching standards to enhance content moderation')
native('fact', 'fr', 'quelle baisse de la violence le programme national bulgare vise-t-il, en pourcentage ?',
  "The program's expected outcomes include a 20% reduction in violence, better awareness of online risks")
native('who', 'fr', "Qu'est-ce que la CNIL a présenté lors de la réunion d'octobre 2023 sur la protection des enfants dans le numérique ?",
  'the organization had published eight recommendations to strengthen the protection of children online',
  'launching the campaign “all together for a safe internet”')
native('examples', 'fr', 'Quels États membres ont partagé leur expérience pendant la session spéciale « de la théorie à la pratique » ?',
  'member states (Malawi, Armenia and Albania) sharing their experiences in implementing online child protection strategies')
native('unanswerable', 'fr', "Quel pays accueillera la prochaine Conférence de plénipotentiaires de l'UIT ?")
native('unanswerable', 'fr', "Quelle est la position de l'Iran sur la vérification de l'âge des enfants en ligne ?")
native('paraphrase', 'es', '¿cómo se puede usar el deporte y a los entrenadores para hablar con los niños sobre seguridad en internet?',
  'Through sports, coaches foster trust and open conversations about online safety',
  'ultimately aiming to create a toolkit for sports coaches')
native('meeting', 'es', '¿Quién presidió la reunión del grupo de trabajo de febrero de 2025?',
  'which was chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria)')
native('who', 'es', 'Qué hizo Pakistán junto con TikTok para la alfabetización digital de los niños y a cuántas personas llegó',
  'the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools')
native('time', 'es', '¿Cuándo está previsto que se ponga en marcha el sistema de verificación de edad de la Comisión Europea?',
  'a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026')
native('unanswerable', 'es', '¿Cuántos niños participaron en el concurso de aplicaciones #TodosSomosUnicos de Argentina y quién ganó?')
native('unanswerable', 'es', '¿Qué propuso México sobre la protección de la infancia en línea en el grupo de trabajo?')
native('paraphrase', 'ru', 'Есть ли обучающая программа для родителей, как уберечь подростков от вовлечения в экстремизм через интернет?',
  'aims to equip parents, carers, and early help professionals with the knowledge and tools to prevent online radicalisation')
native('paraphrase', 'ru', 'почему общественные организации неохотно подключаются к защите детей в интернете',
  'one major challenge they face was in bringing on board more NGOs',
  'those NGOs willing to partner tended not focus solely on child online safety')
native('who', 'ru', 'Что предложила Российская Федерация в 2018 году по поводу Резолюции 179 и кто был соавтором?',
  'The delegation from the Russian Federation presented the proposal on the revision on the Resolution 179 (Rev. Busan, 2014)',
  'The contribution was submitted by the Russian Federation, Republic of Armenia, Republic of Belarus, and Kyrgyz Republic')
native('multi', 'ru', 'Как изменился формат диалога с ИКТ-отраслью между двадцать первым и двадцать вторым собраниями группы?',
  'ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement',
  'The meeting endorsed the proposed ITU Industry Connect: Quarterly Intersectoral Discussions on Child Online Protection series',
  'The meeting welcomed the concept of the series of events “ITU Industry Connect')
native('unanswerable', 'ru', 'Каков точный размер бюджета Рабочей группы по защите детей в онлайновой среде на 2024–2025 годы?')
native('unanswerable', 'ru', 'какие решения по защите детей в сети приняла Всемирная конференция по развитию электросвязи в Азербайджане')
native('paraphrase', 'ar', 'كيف يمكن حماية الأطفال من إدمان الشاشات والعزلة الاجتماعية والضغط الرقمي؟',
  'addressing physical, mental, social, and emotional health to prevent screen addiction, social isolation, and digital stress')
native('paraphrase', 'ar', 'هل يوجد خط هاتفي لمساعدة الأطفال يعمل على مدار الساعة بسرية؟',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers')
native('fact', 'ar', 'حسب دراسة المركز الدولي للأطفال المفقودين والمستغلين لعام 2025، كم دولة تعتبر الاستغلال الجنسي للأطفال عبر الإنترنت جريمة أصلية؟',
  'there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime')
native('who', 'ar', 'ماذا قدمت مصر عن مبادرة المواطنة الرقمية في اجتماع فبراير 2025؟',
  'Digital Citizenship Initiative, a national effort led by the Egyptian Ministry of Communication and Information Technology (MCIT)',
  'The Wa3i.net platform developed within the initiative offers specialized content, interactive games, guidebooks, and online safety training in Arabic')
native('examples', 'ar', 'ما هي هيئات التقييس الدولية التي أوصى تقرير تحليل الثغرات بالتعاون معها؟',
  'International Organization for Standardization (ISO), Institute of Electrical and Electronics Engineers (IEEE), and European Telecommunications Standards Institute (ETSI)')
native('unanswerable', 'ar', 'كم عدد البلاغات عن إساءة معاملة الأطفال التي استقبلها نظام الشكاوى التابع لهيئة الاتصالات الباكستانية؟')
native('paraphrase', 'zh', '有没有人建议在鼓励女孩学习信息通信技术的庆祝活动中加入儿童上网安全的讨论？',
  'incorporating Child Online Protection discussions into all Girls in ICT celebrations of ITU Member States')
native('paraphrase', 'zh', '年轻人希望网上的安全和隐私怎么平衡',
  'Young people advocate for a balance between safety and privacy, simplified access to safety features')
native('meeting', 'zh', '第十八次会议一共收到多少份文稿，有多少人参加？',
  'having the largest number of contributions (18 in total) and number of participants (more than 150)')
native('examples', 'zh', 'Kindernothilfe 的打击针对儿童网络犯罪项目在哪些国家开展？',
  'their participation in Indonesia, Nepal, and the Philippines to improve the national child protection structures')
native('time', 'zh', '“通过在线参与实现保护”（PoP）倡议的最终原则计划什么时候发布？',
  'Final principles will be published in 2025, alongside efforts to collect good practices')
native('unanswerable', 'zh', '中国在儿童在线保护理事会工作组会议上提交了什么文稿？')

# A second native batch of 40 (seventeenth session), 8 in each of French, Spanish, Russian, Arabic and Chinese,
# written by a helper from the reports alone the way delegates of each language would type them. Run once
# before any change: recall@5 0.867, evidence 0.800, unanswerable abstained 0.800, wrongly abstained 0.167
# (French "nombre de" read as Spanish "name of"; a count asked with "combien de", "cuántas").
native('paraphrase', 'fr', "Dans combien de pays l'exploitation sexuelle des enfants en ligne figure-t-elle explicitement comme infraction sous-jacente dans la législation anti-blanchiment ?",
       'Their 2025 study indicates that there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime.')
native('paraphrase', 'fr', 'module e-learning pour les parents sur la prévention de la radicalisation des jeunes en ligne : date de lancement ?',
       'This program, set to launch in March 2025, aims to equip parents, carers, and early help professionals with the knowledge and tools to prevent online radicalisation among young people.')
native('meeting', 'fr', 'Combien de participants la 14e réunion du CWG-COP (janvier 2018) a-t-elle réunis, et qui la présidait ?',
       'Approximately 50 participants, representing governments, private sector, civil society, academia, and international and intergovernmental organizations, participated both physically and remotely in the meeting, which was chaired by Mr Ibrahim Al Dabal (UAE).')
native('meeting', 'fr', "Je prépare une note sur l'avenir du mandat du groupe de travail. Lors de la septième séance plénière du Conseil de 2022, tous les conseillers étaient-ils favorables à une modification de son mandat ?",
       'Two councillors, however, considered that the group should continue its work in its current form and under its current terms of reference.')
native('fact', 'fr', 'CNIL nombre de recommandations publiées pour renforcer la protection des mineurs en ligne',
       'The speaker presented how the organization had published eight recommendations to strengthen the protection of children online.')
native('examples', 'fr', 'Quels pays ont intégré la protection des enfants en ligne dans leur stratégie nationale de cybersécurité ?',
       'The integration of the Child Online Protection guidelines into the "National Cybersecurity Strategy" underlines their comprehensive approach to online child protection.',
       'Chad’s National Cybersecurity Strategy recommends parental control standards, awareness campaigns, and integrating online safety education into schools and healthcare settings.',
       'In the Bahamas, a National Cybersecurity Strategy (2024) aims to embed cybersecurity education, strengthen law enforcement capabilities, and address legal gaps in child protection.')
native('unanswerable', 'fr', 'Quel est le montant, en francs suisses, du budget alloué au groupe de travail du Conseil sur la protection en ligne des enfants pour 2024-2025 ?')
native('unanswerable', 'fr', 'Combien de participants ont pris part à la 20e réunion du CWG-COP ?')
native('paraphrase', 'es', '¿Cuántas empresas tecnológicas forman la alianza del sector que trabaja de forma conjunta contra el abuso sexual infantil en línea?',
       "In their presentation, the Tech Coalition introduced their alliance of 35 technology companies working collectively to ensure children's safety online.")
native('paraphrase', 'es', 'qué proporción de los usuarios de internet son niños',
       'It highlighted the prevalence of children online, with approximately one-third of internet users being children.')
native('meeting', 'es', '¿Cuántas contribuciones recibió la 19.ª reunión del Grupo de Trabajo, celebrada en octubre de 2023?',
       'He highlighted the growing significance of the group, with a total of 24 contributions, a milestone that had not been reached before.')
native('meeting', 'es', 'Estoy redactando una nota sobre el uso del celular en las escuelas. En la reunión de febrero de 2025 del CWG-COP, ¿qué delegación planteó el tema y qué propuso?',
       'Canada raised concerns about the abusive use of cell phones in schools, suggested that "child-too-much-online" should be considered in future discussions on COP, which was supported by other meeting participants.')
native('fact', 'es', '¿Quién financia el programa «Safety for Children and their Rights Online» de Terre des Hommes y en qué países se desarrolla?',
       'This three-year initiative, running from 2022 to 2025, is funded by the Netherlands Postcode Lottery and operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya.')
native('examples', 'es', '¿Qué ejemplos hay de consultas a niños y jóvenes para conocer su opinión sobre la seguridad en internet?',
       'In addition, as requested by Resolution 179, the results of the youth online consultation on digital literacy were presented by the representative from RErights.',
       'The Alliance’s #MyVoiceMyFuture campaign, which consulted 85 children and youth across nine countries, revealed their concerns about digital safety, including AI risks, stalking, and exposure to harmful content.',
       'Child participation efforts continued through collaboration with Western Sydney University, with consultation workshops held in Indonesia, Lebanon, and Malawi, and plans for Ecuador in early 2025.')
native('unanswerable', 'es', '¿En qué fechas se celebrará la Conferencia Mundial de Desarrollo de las Telecomunicaciones en Azerbaiyán?')
native('unanswerable', 'es', '¿A cuántos idiomas se han traducido las Directrices de la UIT sobre protección de la infancia en línea?')
native('paraphrase', 'ru', 'Какая организация борется с торговлей людьми, прежде всего женщинами и детьми, и на чём строится её программа?',
       "The presentation by Human Trafficking Front outlined the program's commitment to combating abuse, exploitation, and trafficking, especially among women and children, through collaboration with various stakeholders.")
native('paraphrase', 'ru', 'какие законы приводились как пример встроенной безопасности и конфиденциальности детей по умолчанию',
       'Recent advancements, such as the UK’s Age-Appropriate Design Code and the EU’s Digital Services Act, show progress in embedding safety and privacy by design.')
native('meeting', 'ru', 'Какие заявления о взаимодействии были направлены в 2-ю исследовательскую комиссию МСЭ-D по итогам 15-го собрания CWG-COP в сентябре 2019 года?',
       'A first liaison statement was sent to ITU-D Study Group 2 to inform delegations on the work of the Guidelines and ensure a more participatory process.',
       'A second liaison statement was sent to ITU-D to request further information on EG-household Indicators and the related discussion on COP indicators.')
native('meeting', 'ru', 'Кто стал соавторами предложения о пересмотре Резолюции 179, внесённого на 14-м собрании группы?',
       'The contribution was submitted by the Russian Federation, Republic of Armenia, Republic of Belarus, and Kyrgyz Republic.')
native('fact', 'ru', 'Когда и кем был создан Альянс по защите детей в цифровой среде?',
       'Established in 2021 by major Russian telecom, IT, and media companies, the Alliance promotes self-regulation, content moderation, and digital literacy.')
native('examples', 'ru', 'Какие организации занимаются правами детей в контексте искусственного интеллекта? Приведите примеры.',
       'UNICEF is also updating its AI for Children guidance and conducting research on neurotechnology and child rights.',
       'The Steering Committee for the Rights of the Child is also working on children’s rights in the context of artificial intelligence, conducting a mapping study and developing a child rights impact assessment tool for AI')
native('unanswerable', 'ru', 'Какие итоги подвела конференция в Тбилиси в марте 2025 года по совместному заявлению об ИИ и правах ребёнка?')
native('unanswerable', 'ru', 'На 14-м собрании ЮНИСЕФ обещал выпустить в марте 2018 года инструментарий по защите приватности детей в интернете. Вышел ли он в итоге и что в него вошло?')
native('paraphrase', 'ar', 'ما أبرز الصعوبات التي واجهتها إحدى اللجان الوطنية لحماية الأطفال على الإنترنت في إشراك المنظمات غير الحكومية؟',
       'The delegate stated that one major challenge they face was in bringing on board more NGOs.',
       'Another difficulty was in the fact that those NGOs willing to partner tended not focus solely on child online safety.')
native('paraphrase', 'ar', 'كم عدد المدربين الرياضيين الشباب الذين تلقوا تدريباً عبر ندوة إلكترونية حول سلامة الأطفال على الإنترنت، وكم طفلاً يعملون معهم؟',
       'In December 2024, a webinar in Ecuador trained 46 young coaches working with over 1,800 children, addressing risks like cyberbullying and exploitation.')
native('meeting', 'ar', 'عدد المساهمات والمشاركين في الاجتماع الثامن عشر لفريق CWG-COP في يناير 2022',
       'The Chair noted the growth of the CWG-COP, with this meeting having the largest number of contributions (18 in total) and number of participants (more than 150)')
native('meeting', 'ar', 'في الاجتماع الحادي والعشرين للفريق، ماذا طلب الرئيس من الأمانة أن تفعل بآراء الأطفال حول خطوط المساعدة؟',
       "He invited the Secretariat to share children's feedback on helplines with relevant parent organizations and the expert group of the Global Cybersecurity Index (GCI) for inclusion in child online protection questions.")
native('fact', 'ar', 'ما مجالات التركيز الرئيسية التي عرضتها مساهمة الإمارات حول حماية الأطفال الصغار في أبوظبي؟',
       'Their key areas of focus include ECA, Health & Nutrition, Child Protection, Family Support, Early Care & Education, and initiatives such as guidelines for screen exposure and regulating online marketing targeting children.')
native('examples', 'ar', 'أعمل في وزارة تسعى لإنشاء آلية وطنية للإبلاغ عن الإساءة للأطفال عبر الإنترنت. ما أمثلة خطوط المساعدة أو بوابات الإبلاغ التي عُرضت في اجتماعات الفريق؟',
       'IWF establishes a reporting portal and works to equip resource-poor countries and territories with a simple solution for reporting child sexual abuse imagery online.',
       'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.',
       'A key component of the program is child online protection, which includes digital-media literacy, training on online risks, and a National Safer Internet Centre Hotline for reporting abuse.')
native('unanswerable', 'ar', 'كم عدد المستخدمين المسجلين في منصة Wa3i.net التابعة لمبادرة المواطنة الرقمية في مصر؟')
native('unanswerable', 'ar', 'ما المبادرات التي عرضها المغرب أمام فريق العمل بشأن حماية الأطفال على الإنترنت؟')
native('paraphrase', 'zh', '有没有用来衡量一个国家儿童上网安全水平的指数？是谁在会上介绍的？',
       'The presentation by DQ institute was aimed at helping nations and stakeholders build and improve on their Child Online Safety Index strategies (COSI).')
native('paraphrase', 'zh', '有个专门打击针对儿童的网络犯罪的项目，在哪几个亚洲国家开展？',
       'their participation in Indonesia, Nepal, and the Philippines to improve the national child protection structures and collaboration with actors and civil society at regional and global level')
native('meeting', 'zh', '第二十一次会议（2024年9月30日至10月1日）有多少人参加？讨论重点是什么？',
       'In the twenty-first meeting, the Group of 129 participants discussed the contributions and information documents received.',
       'Discussions focused on strengthening multi-stakeholder cooperation, enhancing child participation, and improving coordination with ITU study groups.')
native('meeting', 'zh', '2021年1月第十七次会议上，沙特阿拉伯提出了什么建议？',
       'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
native('fact', 'zh', '巴基斯坦 Digital Hifazat 数字素养项目 覆盖人数',
       'PTA established a Child Online Protection Committee, prioritizing education and prevention, including the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools.')
native('examples', 'zh', '我在研究各方对儿童年龄验证的看法。工作组会议上提到过哪些与年龄验证有关的做法或关切？请举几个例子。',
       'a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026',
       'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.',
       'This report highlights critical gaps, such as the lack of comprehensive standards for age verification and the challenges posed by end-to-end encryption in detecting child sexual abuse material.')
native('unanswerable', 'zh', '中国在儿童在线保护理事会工作组会议上介绍了哪些做法？')
native('unanswerable', 'zh', 'Snap 的主动检测功能到底协助警方逮捕了多少人？')

# A third native batch of 40 (eighteenth session), 8 in each of French, Spanish, Russian, Arabic and Chinese,
# written by a helper from the reports alone. Run once before its fixes: recall@5 0.967, evidence 0.621,
# unanswerable abstained 0.500, wrongly abstained 0.033.
native('paraphrase', 'fr', "Quelle difficulté l'Égypte rencontrait-elle pour associer davantage d'associations de la société civile à son comité national, notamment celles qui ne travaillent pas uniquement sur la sécurité des enfants sur internet ?",
       'The delegate stated that one major challenge they face was in bringing on board more NGOs.',
       'Another difficulty was in the fact that those NGOs willing to partner tended not focus solely on child online safety.')
native('paraphrase', 'fr', "lors de l'examen du rapport quadriennal au Conseil 2022, est-ce que tous les conseillers voulaient modifier le mandat du groupe ou certains preferaient le garder tel quel",
       'Two councillors, however, considered that the group should continue its work in its current form and under its current terms of reference.')
native('fact', 'fr', "En quelle année l'ICMEC a-t-il lancé sa coalition financière contre l'exploitation sexuelle des enfants ?",
       'ICMEC’s Financial Coalition Against Child Sexual Exploitation (FCACSE), launched in 2006, unites financial institutions, technology partners, and law enforcement')
native('meeting', 'fr', 'resultats 16e reunion GTC protection en ligne des enfants fevrier 2020',
       'The Chair stated that a report would be prepared, which would include both the fifteenth and the sixteenth meetings of the CWG-COP.',
       'The main results of the sixteenth meeting of the Council Working Group on Child Online Protection, held on 4 February 2020, were:')
native('who', 'fr', "Qu'est-ce que la CNIL a présenté au Groupe de travail du Conseil sur la protection en ligne des enfants ?",
       'The speaker presented how the organization had published eight recommendations to strengthen the protection of children online.',
       'Key initiatives include interactive tools like the Incollables® quiz, the Digital Guardians game, and manga-style educational content')
native('examples', 'fr', "Quels pays ont fait traduire les Lignes directrices de l'UIT sur la protection en ligne des enfants dans leur propre langue ?",
       'the activities which included translating ITU Child Online Protection into Hungarian, conducting online lectures, organizing contests',
       'In Malta, translated guidelines were officially presented during a national event, while the Maldives saw the implementation of a Training of Trainers for Educators.',
       'PTA has also developed local language content in Urdu, including translated guidebooks, awareness videos, and a complaint management system (CMS)')
native('unanswerable', 'fr', "Quel est le montant exact, en francs suisses, du budget alloué par l'UIT au Groupe de travail pour 2024-2025 ?")
native('unanswerable', 'fr', 'En quelle année le Tchad a-t-il promulgué sa loi sur la cybercriminalité ?')
native('paraphrase', 'es', '¿Qué comentó el centro británico de internet segura sobre la capacitación del personal docente frente a la de los padres en las escuelas?',
       'He further pointed to the fact that staff training is consistently a weak part of the education curriculum as schools spend a lot more time in the UK training parents and not members of staff.')
native('paraphrase', 'es', 'Segun los estudios presentados, los chicos ven normales los peligros en internet y los adultos que los cuidan creen que pueden protegerlos mas de lo que realmente pueden?',
       'points out that children accept online risks as normal, while caregivers overestimate their ability to protect them.')
native('fact', 'es', '¿A cuántas personas y en cuántas escuelas llegó la iniciativa Digital Hifazat de Pakistán con TikTok?',
       'the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools.')
native('meeting', 'es', '¿Cuáles fueron los principales resultados de la 17.ª reunión del Grupo de Trabajo del Consejo sobre protección de la infancia en línea, celebrada en enero de 2021?',
       'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.',
       'The Chair recommended engaging ITU Regional Offices in the CWG-COP and related meetings.',
       'The Chair further encouraged ITU COP partners to participate again at the meetings of the CWG-COP as this is a unique platform')
native('who', 'es', 'que presento Argentina en la reunion del grupo en 2018 sobre ciberacoso',
       'the delegate from Argentina highlighted the country’s efforts to raise awareness of the dangers of verbal and psychological bullying and cyberbullying.',
       'The representative also explained the #TodosSomosUnicos APP Competition and highlighted the results of the competition.')
native('examples', 'es', 'Ejemplos de líneas de ayuda o canales de denuncia para niños víctimas de abuso en línea que han puesto en marcha distintos países',
       'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.',
       'includes digital-media literacy, training on online risks, and a National Safer Internet Centre Hotline for reporting abuse.',
       'awareness videos, and a complaint management system (CMS) for reporting child abuse online.')
native('unanswerable', 'es', 'Al final, ¿se aprobó la resolución unificada de Filipinas sobre integrar la protección infantil en línea en las celebraciones de Las Niñas en las TIC?')
native('unanswerable', 'es', '¿Cuántos casos de ciberacoso escolar registró Argentina en 2017 según lo que informó al grupo?')
native('paraphrase', 'ru', 'Что мешает странам Карибского бассейна продвигаться в защите детей в интернете?',
       'However, challenges such as limited funding, fragmented frameworks, and bureaucratic delays hinder progress.')
native('paraphrase', 'ru', 'звучала ли мысль что интернет не надо считать врагом а наоборот использовать его как помощника в защите детей',
       "Notably, she underscored that despite our eagerness to protect children from online abuse, it's essential not to consider the web as an adversary but rather as an ally in this effort.")
native('fact', 'ru', 'Сколько организаций подписали Хартию цифровой этики детства Альянса по защите детей в цифровой среде?',
       'Key initiatives include the Digital Childhood Ethics Charter, signed by 13,000+ organizations, advocating for proactive content moderation')
native('meeting', 'ru', 'Какие решения приняла РГС-ЗРОС на своем 21-м собрании в сентябре-октябре 2024 года?',
       'The meeting agreed that ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement.',
       'It was further agreed to maintain a comprehensive record of all contributions and information documents shared by members on the ITU COP website, accessible without a password.',
       'Discussions focused on strengthening multi-stakeholder cooperation, enhancing child participation, and improving coordination with ITU study groups.')
native('who', 'ru', 'Что предложили Россия, Армения, Беларусь и Кыргызстан на собрании в январе 2018 г.?',
       'Proposal on revision of the Resolution 179 (Rev. Busan, 2014): ITU’s role in child online protection from Russian Federation, Armenia, Belarus, and Kyrgyzstan',
       'The delegation from the Russian Federation presented the proposal on the revision on the Resolution 179 (Rev. Busan, 2014).')
native('examples', 'ru', 'проверка возраста пользователей примеры мер стран и организаций',
       'a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026.',
       'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.',
       'This report highlights critical gaps, such as the lack of comprehensive standards for age verification and the challenges posed by end-to-end encryption')
native('unanswerable', 'ru', 'Каков объем финансирования Альянса по защите детей в цифровой среде в рублях?')
native('unanswerable', 'ru', 'Что рассказал Узбекистан о своей национальной стратегии защиты детей в онлайновой среде на собраниях РГС?')
native('paraphrase', 'ar', 'ما الذي يقلق الأطفال والشباب بشأن سلامتهم على الإنترنت بحسب الاستشارة التي أجراها التحالف العالمي معهم في عدة بلدان؟',
       'The Alliance’s #MyVoiceMyFuture campaign, which consulted 85 children and youth across nine countries, revealed their concerns about digital safety, including AI risks, stalking, and exposure to harmful content.')
native('paraphrase', 'ar', 'ما الذي يعيق اكتساب الاطفال للمهارات الرقمية بحسب المشاورة الالكترونية مع الشباب',
       'Main barriers to children’s digital literacy were limited digital literacy of teachers and inadequate access to devices.',
       'The survey also found that the key challenges impacting children’s literacy were: unequal ICT access, the digital divide and online safety risks.')
native('fact', 'ar', 'كم عدد الدول الأطراف في اتفاقية لانزاروتي لمجلس أوروبا؟',
       'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties and is monitored by the Lanzarote Committee through thematic rounds.')
native('meeting', 'ar', 'ماذا جرى في الاجتماع الثامن عشر لفريق العمل التابع للمجلس المعني بحماية الأطفال على الإنترنت في يناير 2022؟',
       'The Chair reminded all participants that this year was unique with three main ITU conferences providing a great opportunity to look back at a fruitful period',
       'The Chair added that each contribution added a unique perspective on the holistic approach of the COP initiative.')
native('who', 'ar', 'ما المبادرة التي عرضتها مصر في اجتماع فبراير 2025',
       'The information document by Egypt discussed its Digital Citizenship Initiative, a national effort led by the Egyptian Ministry of Communication and Information Technology (MCIT)',
       'The Wa3i.net platform developed within the initiative offers specialized content, interactive games, guidebooks, and online safety training in Arabic.')
native('examples', 'ar', 'أمثلة على مبادرات تستخدم الرياضة والمدربين لحماية الأطفال على الإنترنت',
       'Their collaboration with ITU has produced recommendations to support sports organizations in integrating online safeguarding policies, ultimately aiming to create a toolkit for sports coaches.',
       'In December 2024, a webinar in Ecuador trained 46 young coaches working with over 1,800 children, addressing risks like cyberbullying and exploitation.')
native('unanswerable', 'ar', 'كم عدد المدارس والطلاب الذين شاركوا في برنامج أقدر للمدرسة الآمنة إلكترونياً في الإمارات؟')
native('unanswerable', 'ar', 'ما هو موعد انعقاد المؤتمر العالمي لتنمية الاتصالات في أذربيجان وفي أي مدينة')
native('paraphrase', 'zh', '为什么说光靠屏蔽内容和家长控制不够？平台本身设计时就没考虑孩子的问题有人提过吗',
       'Traditional safety measures, such as content blocking or parental controls, fail to address the root issue: digital platforms are not designed with children in mind')
native('paraphrase', 'zh', '会上有没有人提到学生在学校滥用手机、孩子上网时间太长的问题？',
       'Canada raised concerns about the abusive use of cell phones in schools',
       "Key topics included concerns about the misuse of mobile phones in schools and technical solutions to manage children's excessive internet use and screen time")
native('fact', 'zh', '波兰“理智点击”宣传活动2017年覆盖了多少名儿童？到2021年的目标是多少？',
       'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
native('meeting', 'zh', '2023年10月第十九次会议结束时，主席提出了哪些成果和建议？',
       'he suggested the formulation of a recommendation to be presented with the goal of extending the allocated time for the Council Working Group to one and a half days.',
       'The chair advised to continue incorporating social media into the Council Working Group discussions through discussion panels.')
native('who', 'zh', '印度 G20 工具包 网络教育',
       "India's contribution introduced the G20 Toolkit on Cyber Education and Cyber Awareness in collaboration with ITU.")
native('examples', 'zh', '各国在中小学开展儿童上网安全教育有哪些做法，比如把相关内容纳入正规课程？',
       'Educational initiatives include safety publications, digital clubs in schools, and public awareness campaigns targeting parents and children.',
       'recommends parental control standards, awareness campaigns, and integrating online safety education into schools and healthcare settings.',
       'Their projects encompass various aspects of media literacy, including integrating media literacy into formal education, countering disinformation')
native('unanswerable', 'zh', '中国在理事会儿童在线保护工作组会议上介绍了哪些做法？')
native('unanswerable', 'zh', '国际电联吉祥物Sango是哪个国家的孩子设计的')


# A fourth native batch of 40 (nineteenth session), 8 in each of French, Spanish, Russian, Arabic and Chinese,
# written natively from the reports alone. Run once, after this session's first fixes and before the rest:
# recall@5 0.967, evidence 0.857, unanswerable abstained 0.600, wrongly abstained 0.067.
native('paraphrase', 'fr', "D'après le sondage mené auprès des jeunes, qu'est-ce qui empêche surtout les enfants d'apprendre à bien se servir du numérique ?",
  'Main barriers to children’s digital literacy were limited digital literacy of teachers and inadequate access to devices.')
native('paraphrase', 'fr', "Est-ce qu'un pays s'est inquiété des portables utilisés à tort et à travers à l'école et du temps que les gamins passent devant les écrans ?",
  'Canada raised concerns about the abusive use of cell phones in schools',
  'the effects of excessive screen time, such as children becoming uncomfortable interacting with others outside of the digital world, need to be addressed')
native('meeting', 'fr', "Qu'est-ce qui a été décidé au sujet du logo du groupe lors de la 14e réunion ?",
  'The participants agreed to send the comments on the logo to the secretariat via email.')
native('meeting', 'fr', "À la réunion de février 2025, quand la vice-présidente espérait-elle voir examiné le rapport d'analyse des lacunes du groupe par correspondance ?",
  'The Vice Chair expressed the expectation that the gap analysis report prepared by the Correspondence Group on Child Online Protection (CG-COP) would be discussed at the next meeting in October 2025.')
native('fact', 'fr', "La convention de Lanzarote compte combien d'États parties à l'heure actuelle ?",
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties')
native('examples', 'fr', 'Quels supports ludiques la CNIL utilise-t-elle pour sensibiliser les jeunes à la protection de leurs données ?',
  'Key initiatives include interactive tools like the Incollables® quiz, the Digital Guardians game, and manga-style educational content')
native('unanswerable', 'fr', "Quel montant précis l'UIT a-t-elle alloué au programme mondial de protection en ligne des enfants pour 2024-2025 ?")
native('unanswerable', 'fr', "Combien d'amendes la CNIL a-t-elle infligées en 2023 à des plateformes qui ne protégeaient pas assez les mineurs ?")
native('paraphrase', 'es', '¿Quién se encarga en el Reino Unido de rastrear las fotos de abusos a niños que circulan por internet y cómo ayuda a los países con pocos recursos?',
  'The organization functions as the UK’s hotline service for analysing child sexual abuse imagery online',
  'IWF establishes a reporting portal and works to equip resource-poor countries and territories with a simple solution for reporting child sexual abuse imagery online.')
native('paraphrase', 'es', '¿Qué les da miedo a los chavales cuando están conectados, según lo que contaron en una consulta hecha en varios países?',
  'revealed their concerns about digital safety, including AI risks, stalking, and exposure to harmful content')
native('meeting', 'es', 'En la decimonovena reunión, ¿qué planteó el presidente sobre la duración de las sesiones del grupo?',
  'he suggested the formulation of a recommendation to be presented with the goal of extending the allocated time for the Council Working Group to one and a half days.')
native('meeting', 'es', '¿Qué salió de la reunión de septiembre de 2019 del Grupo de Trabajo del Consejo sobre protección de la infancia en línea?',
  'A first liaison statement was sent to ITU-D Study Group 2 to inform delegations on the work of the Guidelines and ensure a more participatory process.',
  'The CWG invited the membership to realize and be aware of the importance of evaluating the effectiveness of a given programme.')
native('fact', 'es', '¿Cuántos niños participaron en 2017 en la campaña polaca «Hago clic con sensatez» y a cuántos se quería llegar en 2021?',
  'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
native('examples', 'es', '¿En qué países se aplica el programa de Terre des Hommes «Safety for Children and their Rights Online»?',
  'operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya')
native('unanswerable', 'es', '¿Cuántas veces se ha descargado la aplicación «Ask me! Your online safety friend» desde que salió?')
native('unanswerable', 'es', '¿Qué ley aprobó Argentina para sancionar el ciberacoso escolar y en qué año?')
native('paraphrase', 'ru', 'Куда в Танзании может позвонить ребёнок, если ему нужна помощь, и работает ли эта линия круглосуточно?',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.')
native('paraphrase', 'ru', 'Почему привычные меры вроде блокировки сайтов и родительского контроля не решают проблему безопасности детей в сети?',
  'Traditional safety measures, such as content blocking or parental controls, fail to address the root issue: digital platforms are not designed with children in mind')
native('meeting', 'ru', 'Кто вёл 22-е собрание РГС-ЗРОС и сколько человек в нём участвовало?',
  'chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria)',
  'the contributions and information documents received were discussed among the 191 participants')
native('meeting', 'ru', 'Каковы основные итоги шестнадцатого заседания Рабочей группы Совета по защите ребёнка в онлайновой среде?',
  'The COP Mascot was posted online.',
  'The Chair stated that a report would be prepared, which would include both the fifteenth and the sixteenth meetings of the CWG-COP.')
native('fact', 'ru', 'Сколько организаций подписали Хартию этики цифрового детства?',
  'the Digital Childhood Ethics Charter, signed by 13,000+ organizations')
native('examples', 'ru', 'Какие мероприятия проводились в Болгарии в рамках кампании «Будь смелым, будь добрым»?',
  "including activities such as children's competitions, sports events, and public landmarks illuminated with anti-violence messages")
native('unanswerable', 'ru', 'Какой годовой бюджет у Альянса по защите детей в цифровой среде?')
native('unanswerable', 'ru', 'Сколько стран в общей сложности уже перевели Руководство МСЭ по защите ребёнка в онлайновой среде на национальные языки?')
native('paraphrase', 'ar', 'ما اسم الموقع المصري الذي يقدّم للأطفال ألعاباً وأدلة بالعربية ليتعلموا كيف يبقون في أمان على الإنترنت؟',
  'The Wa3i.net platform developed within the initiative offers specialized content, interactive games, guidebooks, and online safety training in Arabic.')
native('paraphrase', 'ar', 'كيف يمكن للبنوك أن تساعد في قطع الأموال عمّن يستغلون الأطفال جنسياً عبر الإنترنت؟',
  'unites financial institutions, technology partners, and law enforcement to disrupt OCSE’s economic infrastructure through a "detect, report, disrupt" approach.')
native('meeting', 'ar', 'من الذي ترأس الاجتماع الرابع عشر لفريق العمل التابع للمجلس المعني بحماية الأطفال على الإنترنت؟',
  'which was chaired by Mr Ibrahim Al Dabal (UAE)')
native('meeting', 'ar', 'ماذا تقرر في الاجتماع الحادي والعشرين بخصوص الحوار مع شركات تكنولوجيا المعلومات والاتصالات؟',
  'The meeting agreed that ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement.')
native('fact', 'ar', 'متى أطلق الاتحاد الدولي للاتصالات التميمة «سانغو» الخاصة بحماية الأطفال على الإنترنت؟',
  'ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020.')
native('examples', 'ar', 'ما أبرز الفعاليات التي نظمتها اللجنة الوطنية المصرية لحماية الأطفال على الإنترنت؟',
  'The major events were the ITU Regional Workshop- COP Regional strategy (2015), the Safer Internet Day in Beheira Governorate (2016) and the Safer Internet Day in Port-Said Governorate (2017).')
native('unanswerable', 'ar', 'كم عدد المدارس الإماراتية التي طبّقت برنامج «أقدر» للمدارس الآمنة إلكترونياً؟')
native('unanswerable', 'ar', 'كم عدد الدول العربية التي اعتمدت حتى الآن استراتيجية وطنية لحماية الأطفال على الإنترنت؟')
native('paraphrase', 'zh', '有没有国家在考虑推出专门给小孩用、能屏蔽不良内容的手机卡？',
  'exploring the introduction of a Child SIM Card to filter inappropriate content')
native('paraphrase', 'zh', '有调查发现孩子和家长对网上风险的看法不一样，具体有什么差别？',
  'points out that children accept online risks as normal, while caregivers overestimate their ability to protect them')
native('meeting', 'zh', '2023年10月的那次工作组会议大概有多少人参加？是谁主持的？',
  'Approximately 120 participants, representing governments, private sector, civil society, academia, international and intergovernmental organizations, participated in the meeting, which was chaired by Mr Abdelaziz Alzarooni (UAE).')
native('meeting', 'zh', '第十八次会议在文稿数量和与会人数上创下了什么纪录？',
  'The Chair noted the growth of the CWG-COP, with this meeting having the largest number of contributions (18 in total) and number of participants (more than 150) [since formation of the CWG].')
native('fact', 'zh', '巴基斯坦和TikTok合作的“Digital Hifazat”数字素养项目覆盖了多少人？',
  'which has impacted 150,000 individuals in 40 schools')
native('examples', 'zh', '欧盟保护未成年人上网的“工具箱”由哪几部分组成？',
  'Its EU toolbox consists of three key pillars: the Digital Services Act (DSA), enforcing strict privacy and safety rules for minors;',
  'the Better Internet for Kids+ Strategy (BIK+), promoting digital literacy, safety, and awareness; and a privacy-preserving age verification system')
native('unanswerable', 'zh', '德国在第二十二次会议上问到了年龄验证工具包，德国政府最后决定采用哪家公司的产品？')
native('unanswerable', 'zh', "《Sango's Adventure》这款网络安全小游戏到目前为止有多少孩子玩过？")


# A fifth native batch of 40 (twentieth session), 8 in each of French, Spanish, Russian, Arabic and Chinese,
# written natively from the reports alone, after this session's fixes. Run once: recall@5 0.867, evidence
# 0.714, unanswerable abstained 1.000, wrongly abstained 0.067.
native('paraphrase', 'fr', 'Quelles difficultés freinent la protection des enfants sur internet dans les petites îles des Caraïbes ?',
  'However, challenges such as limited funding, fragmented frameworks, and bureaucratic delays hinder progress.',
  'Regional cooperation and harmonization of policies remain crucial for them to ensure safe online environments across Small Island Developing States (SIDS).')
native('paraphrase', 'fr', 'Comment les entraîneurs sportifs peuvent-ils aider les jeunes à se protéger des dangers en ligne ?',
  'Through sports, coaches foster trust and open conversations about online safety, building a protective ecosystem that raises awareness, encourages positive interactions, and equips children with skills to respond to online threats.',
  'In December 2024, a webinar in Ecuador trained 46 young coaches working with over 1,800 children, addressing risks like cyberbullying and exploitation.')
native('meeting', 'fr', "Qu'a annoncé le président au sujet du rapport lors de la 16e réunion du groupe de travail, en février 2020 ?",
  'The Chair stated that a report would be prepared, which would include both the fifteenth and the sixteenth meetings of the CWG-COP.')
native('meeting', 'fr', 'Réunion de février 2025 : quelles modifications ont été demandées au secrétariat pour la note conceptuelle de la série ITU Industry Connect ?',
  'the Secretariat was invited to edit the Concept Note according to the comments received, which include referring to ITU Resolution 179 (Rev. Bucharest, 2022) and Resolution 67 (Rev. Dubai, 2014) to clarify ITU’s role in COP;',
  'engaging children to be part of the discussion; if possible, adding sign language for accessibility for children who cannot understand; involving regional organizations and offices to ensure widespread and balanced participation in COP discussions;')
native('fact', 'fr', 'Combien de recommandations la CNIL a-t-elle publiées pour renforcer la protection des mineurs en ligne ?',
  'The speaker presented how the organization had published eight recommendations to strengthen the protection of children online.')
native('examples', 'fr', 'Exemples de pays qui ont intégré la protection des enfants en ligne dans leur stratégie nationale de cybersécurité',
  'The integration of the Child Online Protection guidelines into the "National Cybersecurity Strategy" underlines their comprehensive approach to online child protection.',
  'Chad’s National Cybersecurity Strategy recommends parental control standards, awareness campaigns, and integrating online safety education into schools and healthcare settings.',
  'In the Bahamas, a National Cybersecurity Strategy (2024) aims to embed cybersecurity education, strengthen law enforcement capabilities, and address legal gaps in child protection.')
native('unanswerable', 'fr', "Combien d'enfants ont participé à l'atelier de consultation organisé au Liban avec l'université Western Sydney ?")
native('unanswerable', 'fr', "Quel montant d'amende la CNIL a-t-elle infligé aux plateformes qui ne protègent pas les données des mineurs ?")
native('paraphrase', 'es', '¿Tiene Tanzania algún teléfono de ayuda para niños que funcione a cualquier hora del día?',
  'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.')
native('paraphrase', 'es', '¿Cómo colaboran los bancos y otras entidades financieras para frenar la explotación sexual de menores por internet?',
  'ICMEC’s Financial Coalition Against Child Sexual Exploitation (FCACSE), launched in 2006, unites financial institutions, technology partners, and law enforcement to disrupt OCSE’s economic infrastructure through a "detect, report, disrupt" approach.')
native('meeting', 'es', '¿Cuántas contribuciones se recibieron en la 19.ª reunión del CWG-COP de octubre de 2023?',
  'He highlighted the growing significance of the group, with a total of 24 contributions, a milestone that had not been reached before.')
native('meeting', 'es', '¿Qué presentó Argentina en la 14.ª reunión del Grupo de Trabajo sobre protección de la infancia en línea (enero de 2018)?',
  'the delegate from Argentina highlighted the country’s efforts to raise awareness of the dangers of verbal and psychological bullying and cyberbullying. They have had several seminars on cyberbullying.',
  'The representative also explained the #TodosSomosUnicos APP Competition and highlighted the results of the competition.')
native('fact', 'es', '¿Cuántos Estados parte tiene actualmente el Convenio de Lanzarote y desde cuándo está en vigor?',
  'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties and is monitored by the Lanzarote Committee through thematic rounds.')
native('examples', 'es', 'Ejemplos de ONG que trabajan en varios países de Asia y África contra los delitos en línea contra niños',
  'their participation in Indonesia, Nepal, and the Philippines to improve the national child protection structures and collaboration with actors and civil society at regional and global level.',
  'operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya.')
native('unanswerable', 'es', '¿En qué fecha fue nombrada Stella Erebor vicepresidenta del CWG-COP?')
native('unanswerable', 'es', '¿Cuál es el presupuesto del Plan de Mejora del Bienestar Digital de Andorra?')
native('paraphrase', 'ru', 'Как крупные российские компании связи, информационных технологий и СМИ вместе защищают детей в интернете?',
  'Established in 2021 by major Russian telecom, IT, and media companies, the Alliance promotes self-regulation, content moderation, and digital literacy.',
  'Key initiatives include the Digital Childhood Ethics Charter, signed by 13,000+ organizations, advocating for proactive content moderation;')
native('paraphrase', 'ru', 'Почему блокировки контента и родительского контроля недостаточно, чтобы обезопасить детей в сети?',
  'Traditional safety measures, such as content blocking or parental controls, fail to address the root issue: digital platforms are not designed with children in mind',
  'often prioritizing profit over safety through exploitative data practices and manipulative design.')
native('meeting', 'ru', 'Какое предложение внесли Россия, Армения, Беларусь и Кыргызстан на 14-м собрании РГС по защите ребенка в онлайновой среде?',
  'CWG-COP-14/3: Proposal on revision of the Resolution 179 (Rev. Busan, 2014): ITU’s role in child online protection from Russian Federation, Armenia, Belarus, and Kyrgyzstan')
native('meeting', 'ru', 'Сколько участников было на 21-м собрании РГС-COP (сентябрь–октябрь 2024 года) и на чём сосредоточились обсуждения?',
  'In the twenty-first meeting, the Group of 129 participants discussed the contributions and information documents received.',
  'Discussions focused on strengthening multi-stakeholder cooperation, enhancing child participation, and improving coordination with ITU study groups.')
native('fact', 'ru', 'Сколько детей ежегодно страдают от сексуальной эксплуатации в интернете по данным WeProtect Global Alliance?',
  'combat online child sexual exploitation and abuse (CSEA), a growing global crisis affecting over 300 million children annually.')
native('examples', 'ru', 'Примеры горячих линий и систем подачи жалоб о насилии над детьми в интернете в разных странах',
  'A key component of the program is child online protection, which includes digital-media literacy, training on online risks, and a National Safer Internet Centre Hotline for reporting abuse.',
  'PTA has also developed local language content in Urdu, including translated guidebooks, awareness videos, and a complaint management system (CMS) for reporting child abuse online.',
  'The organization functions as the UK’s hotline service for analysing child sexual abuse imagery online')
native('unanswerable', 'ru', 'Сколько молодых людей ответили на онлайн-консультацию по цифровой грамотности, проведённую перед 14-м собранием?')
native('unanswerable', 'ru', 'Какое наказание предусматривает закон Танзании о киберпреступлениях за распространение материалов сексуального насилия над детьми?')
native('paraphrase', 'ar', 'كيف تعمل الحكومة المصرية على توعية الأطفال والأهالي والمعلمين بالاستخدام الآمن للإنترنت؟',
  'The information document by Egypt discussed its Digital Citizenship Initiative, a national effort led by the Egyptian Ministry of Communication and Information Technology (MCIT) to enhance e-safety for children online.',
  'The Wa3i.net platform developed within the initiative offers specialized content, interactive games, guidebooks, and online safety training in Arabic.')
native('paraphrase', 'ar', 'ما هي الشخصية الكرتونية التي أطلقها الاتحاد لتعريف الأطفال بمخاطر الإنترنت، ومن صمّمها؟',
  'ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020.',
  'It had been created and designed by children and helped children, parents and teachers to understand the dangers that children faced being online and how to manage them.')
native('meeting', 'ar', 'ماذا عرضت دولة الإمارات في الاجتماع التاسع عشر لفريق العمل في أكتوبر 2023 بشأن حماية الأطفال في أبوظبي؟',
  'The contribution from the United Arab Emirates presented the vision to create a future where every young child in Abu Dhabi is healthy, confident, and able to learn in a safe, family-friendly environment.',
  'initiatives such as guidelines for screen exposure and regulating online marketing targeting children.')
native('meeting', 'ar', 'ما الذي اقترحته المملكة العربية السعودية خلال الاجتماع السابع عشر لفريق العمل في يناير 2021؟',
  'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
native('fact', 'ar', 'ما هي هيئات التقييس الدولية التي أوصى تقرير تحليل الثغرات بالتعاون معها في معايير التحقق من العمر؟',
  'It recommends collaboration with international standardization bodies like International Organization for Standardization (ISO), Institute of Electrical and Electronics Engineers (IEEE), and European Telecommunications Standards Institute (ETSI)')
native('examples', 'ar', 'أمثلة على مبادرات المنظمات الدولية لحماية حقوق الأطفال في مجال الذكاء الاصطناعي',
  'ITU initiated a collaboration with the Committee on the Rights of the Child to draft a Joint Statement on child protection in the context of AI',
  'UNICEF is also updating its AI for Children guidance and conducting research on neurotechnology and child rights.',
  'The Steering Committee for the Rights of the Child is also working on children’s rights in the context of artificial intelligence, conducting a mapping study and developing a child rights impact assessment tool for AI')
native('unanswerable', 'ar', 'كم تبلغ الميزانية المخصصة للشراكة بين الاتحاد الدولي للاتصالات والهيئة الوطنية للأمن السيبراني في السعودية لحماية الأطفال؟')
native('unanswerable', 'ar', 'كم عدد الدول العربية التي اعتمدت رسمياً إرشادات الاتحاد لحماية الأطفال على الإنترنت حتى الآن؟')
native('paraphrase', 'zh', '欧盟打算什么时候推出保护隐私的网上年龄验证系统？',
  'a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026.')
native('paraphrase', 'zh', '孩子们怎么看待上网的风险？家长是否高估了自己保护孩子的能力？',
  'The VOICE research (2024), involving nearly 500 children and caregivers across 15 countries, points out that children accept online risks as normal, while caregivers overestimate their ability to protect them.')
native('meeting', 'zh', '儿童在线保护理事会工作组第18次会议收到了多少份文稿，有多少人参加？',
  'The Chair noted the growth of the CWG-COP, with this meeting having the largest number of contributions (18 in total) and number of participants (more than 150) [since formation of the CWG].')
native('meeting', 'zh', '2019年9月第十五次会议向国际电联发展部门发出了哪些联络声明？',
  'A first liaison statement was sent to ITU-D Study Group 2 to inform delegations on the work of the Guidelines and ensure a more participatory process.',
  'A second liaison statement was sent to ITU-D to request further information on EG-household Indicators and the related discussion on COP indicators.')
native('fact', 'zh', '巴基斯坦与TikTok合作的“Digital Hifazat”数字素养项目覆盖了多少人和多少所学校？',
  'including the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools.')
native('examples', 'zh', '各国在中小学开展儿童网络安全教育的做法举例',
  'The representative from UK Safer Internet Center presented their campaign to promote child online safety in schools.',
  'Educational initiatives include safety publications, digital clubs in schools, and public awareness campaigns targeting parents and children.',
  'The contribution from UKE in Poland focused on the educational campaign “I click sensibly”, which targets primary school pupils, parents and teachers.')
native('unanswerable', 'zh', '中国在儿童在线保护理事会工作组会议上提交过哪些文稿？')
native('unanswerable', 'zh', '国际电联儿童在线保护全球项目2024年的总预算是多少？')


# A sixth native batch of 40 (twenty-first session), 8 in each of French, Spanish, Russian, Arabic and Chinese,
# written natively from the reports alone. Run once: recall@5 0.933, MRR@10 0.790, evidence 0.741, unanswerable
# abstained 0.800, wrongly abstained 0.100.
native('fact', 'fr', "La Convention de Lanzarote compte combien d'États parties à ce jour ?",
       'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties and is monitored by the Lanzarote Committee through thematic rounds.')
native('meeting', 'fr', "Lors de la 14e réunion du groupe, en janvier 2018, qu'est-il advenu de la proposition de logo présentée par le président ?",
       'The Chair also presented the idea of giving an identity to the group – he presented the logo and requested participants to give inputs on the proposal.',
       'The participants agreed to send the comments on the logo to the secretariat via email.')
native('meeting', 'fr', 'À la réunion de février 2025, quelle question la délégation allemande a-t-elle soulevée ?',
       'Germany inquired about the development and compatibility of age verification toolkits as an age assurance solution to COP.',
       'Ongoing discussions focus on technical aspects such as end-to-end encryption, implementation strategies, regulation standards and integration with networks and devices.')
native('paraphrase', 'fr', "En Tanzanie, un enfant en difficulté peut-il appeler quelqu'un à n'importe quelle heure, en toute discrétion ?",
       'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.')
native('paraphrase', 'fr', "Comment les banques et autres acteurs financiers peuvent-ils contribuer à couper les circuits d'argent qui font vivre l'exploitation sexuelle des enfants sur internet ?",
       'ICMEC’s Financial Coalition Against Child Sexual Exploitation (FCACSE), launched in 2006, unites financial institutions, technology partners, and law enforcement to disrupt OCSE’s economic infrastructure through a "detect, report, disrupt" approach.',
       'advocating for its explicit inclusion in legal frameworks to ensure financial institutions prioritize detecting and reporting suspicious transactions')
native('examples', 'fr', 'Quels exemples de jeux, quiz ou autres supports ludiques pour sensibiliser les enfants à la sécurité en ligne trouve-t-on dans les rapports ?',
       'introduced an online game, "Sango’s Adventure: Discover Online Safety," designed for children aged 9 to 12',
       'Key initiatives include interactive tools like the Incollables® quiz, the Digital Guardians game, and manga-style educational content, addressing topics such as privacy, cyberbullying, misinformation, and data protection.',
       "they highlighted two significant UKE projects aimed at children's online protection: #keepCTRL / I click sensibly and Spoofie - learning through play.")
native('unanswerable', 'fr', 'Le Sénégal a-t-il présenté au groupe de travail ses actions en matière de protection des enfants en ligne ?')
native('unanswerable', 'fr', "À combien s'élève, en francs suisses, le budget alloué au groupe de travail pour la période 2024-2025 ?")
native('fact', 'es', '¿Cuántos participantes hubo en la 21.ª reunión del Grupo?',
       'In the twenty-first meeting, the Group of 129 participants discussed the contributions and information documents received.')
native('meeting', 'es', 'En la reunión de octubre de 2023, ¿qué se resolvió sobre los dos proyectos de resolución que presentó Filipinas?',
       'After considering the input from different states, the chair proposed that the Republic of the Philippines consider offline feedback from all contributors and merge the two resolutions, offering the possibility of resubmitting one in January.')
native('meeting', 'es', '¿Qué resultados dejó la decimosexta reunión del Grupo de Trabajo, celebrada en febrero de 2020?',
       'The Chair stated that a report would be prepared, which would include both the fifteenth and the sixteenth meetings of the CWG-COP.',
       'The COP Mascot was posted online.')
native('paraphrase', 'es', '¿Qué ha hecho Argentina para que la gente tome conciencia de las burlas y el acoso entre chicos, también por internet?',
       'After the lunch break, the delegate from Argentina highlighted the country’s efforts to raise awareness of the dangers of verbal and psychological bullying and cyberbullying.',
       'They have had several seminars on cyberbullying.')
native('paraphrase', 'es', '¿Algún país se quejó de que los chicos usan el celular de más en el colegio?',
       'Canada raised concerns about the abusive use of cell phones in schools, suggested that "child-too-much-online" should be considered in future discussions on COP, which was supported by other meeting participants.')
native('examples', 'es', 'Dame ejemplos de países que hayan incorporado la protección de la infancia en internet a su estrategia nacional de ciberseguridad.',
       'The integration of the Child Online Protection guidelines into the "National Cybersecurity Strategy" underlines their comprehensive approach to online child protection.',
       'Chad’s National Cybersecurity Strategy recommends parental control standards, awareness campaigns, and integrating online safety education into schools and healthcare settings.',
       'In the Bahamas, a National Cybersecurity Strategy (2024) aims to embed cybersecurity education, strengthen law enforcement capabilities, and address legal gaps in child protection.')
native('unanswerable', 'es', '¿Qué conclusiones sobre protección infantil en línea se trasladaron al Grupo a raíz del examen CMSI+20 de la Cumbre Mundial sobre la Sociedad de la Información?')
native('unanswerable', 'es', '¿Cuántas llamadas recibió en 2024 la línea de ayuda infantil 116 de Tanzania?')
native('fact', 'ru', 'Скольких человек и в скольких школах охватила пакистанская программа цифровой грамотности «Digital Hifazat»?',
       'the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools.')
native('meeting', 'ru', 'Что представила российская делегация на 14-м заседании группы в январе 2018 года и какие страны стали соавторами предложения?',
       'The delegation from the Russian Federation presented the proposal on the revision on the Resolution 179 (Rev. Busan, 2014).',
       'The contribution was submitted by the Russian Federation, Republic of Armenia, Republic of Belarus, and Kyrgyz Republic.')
native('meeting', 'ru', 'О чём договорились на двадцать первом заседании РГС по защите детей в онлайновой среде в части диалога с ИКТ-отраслью?',
       'The meeting agreed that ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement.')
native('paraphrase', 'ru', 'Как крупные российские компании связи, IT и медиа сами, без принуждения со стороны государства, объединились, чтобы оградить детей от вредного контента?',
       'Established in 2021 by major Russian telecom, IT, and media companies, the Alliance promotes self-regulation, content moderation, and digital literacy.',
       'Key initiatives include the Digital Childhood Ethics Charter, signed by 13,000+ organizations, advocating for proactive content moderation')
native('paraphrase', 'ru', 'Правда ли, что британские школы больше времени тратят на обучение родителей, чем собственных учителей?',
       'He further pointed to the fact that staff training is consistently a weak part of the education curriculum as schools spend a lot more time in the UK training parents and not members of staff.')
native('examples', 'ru', 'Приведите примеры опросов и консультаций, где напрямую спрашивали мнение детей и молодёжи.',
       'the results of the youth online consultation on digital literacy were presented by the representative from RErights.',
       'The Alliance’s #MyVoiceMyFuture campaign, which consulted 85 children and youth across nine countries, revealed their concerns about digital safety, including AI risks, stalking, and exposure to harmful content.',
       'The VOICE research (2024), involving nearly 500 children and caregivers across 15 countries, points out that children accept online risks as normal, while caregivers overestimate their ability to protect them.')
native('unanswerable', 'ru', 'Какие меры по защите детей в интернете представлял Казахстан на заседаниях группы?')
native('unanswerable', 'ru', 'Какая доля польских детей, по данным потребительского опроса 2022 года, сталкивалась с травлей в интернете?')
native('fact', 'ar', 'ما اسم المنصة الإلكترونية التي طُوّرت ضمن مبادرة المواطنة الرقمية في مصر؟',
       'The Wa3i.net platform developed within the initiative offers specialized content, interactive games, guidebooks, and online safety training in Arabic.')
native('meeting', 'ar', 'ماذا اقترحت المملكة العربية السعودية في الاجتماع السابع عشر لفريق العمل في يناير 2021؟',
       'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
native('meeting', 'ar', 'كم بلغ عدد المساهمات وعدد المشاركين في الاجتماع الثامن عشر للفريق الذي عُقد في يناير 2022؟',
       'The Chair noted the growth of the CWG-COP, with this meeting having the largest number of contributions (18 in total) and number of participants (more than 150) [since formation of the CWG].')
native('paraphrase', 'ar', 'كيف تتعاون الحكومة في تشاد مع شركات الإنترنت لإبعاد المحتوى المؤذي عن الأطفال؟',
       'The government collaborates with Internet Service Providers (ISPs) and tech companies to monitor harmful content, develop AI-based detection tools, and enhance public reporting platforms.')
native('paraphrase', 'ar', 'هل يوجد برنامج تدريبي يساعد الآباء والأمهات على حماية أبنائهم من الانجرار إلى الأفكار المتطرفة عبر الإنترنت؟',
       'This program, set to launch in March 2025, aims to equip parents, carers, and early help professionals with the knowledge and tools to prevent online radicalisation among young people.')
native('examples', 'ar', 'أعطني أمثلة من التقارير على أنظمة أو أدوات تقنية تُستخدم لرصد صور الاعتداء الجنسي على الأطفال والإبلاغ عنها.',
       'The organization has a system called ICCAM which allows hotlines to receive, assess and send reports to Interpol for intervention.',
       'Technological solutions such as the Hash Database enable automated identification and removal of illegal content, including Child Sexual Abuse Material (CSAM) and harmful materials.',
       'IWF establishes a reporting portal and works to equip resource-poor countries and territories with a simple solution for reporting child sexual abuse imagery online.')
native('unanswerable', 'ar', 'ما الإجراءات التي عرضها الأردن أمام فريق العمل لحماية الأطفال على الإنترنت؟')
native('unanswerable', 'ar', 'كم عدد الأطفال الذين شاركوا في تصميم التميمة «سانغو»؟')
native('fact', 'zh', '“儿童安全及其在线权利”项目由谁出资？在哪几个国家实施？',
       'This three-year initiative, running from 2022 to 2025, is funded by the Netherlands Postcode Lottery and operates in four distinct countries: Cambodia, Nepal, the Philippines, and Kenya.')
native('meeting', 'zh', '2019年9月举行的第十五次会议向国际电联电信发展部门第2研究组发出了哪些联络声明？',
       'A first liaison statement was sent to ITU-D Study Group 2 to inform delegations on the work of the Guidelines and ensure a more participatory process.',
       'A second liaison statement was sent to ITU-D to request further information on EG-household Indicators and the related discussion on COP indicators.')
native('meeting', 'zh', '在2022年理事会第七次全体会议上，理事们就与ICANN的合作提出了什么要求？',
       'Several councillors called for greater cooperation with the Internet Corporation for Assigned Names and Numbers (ICANN) and its Governmental Advisory Committee (GAC), particularly in relation to abuse of the domain-name system.',
       'Councillors requested regular reports on ICANN and GAC activities in relation to child online protection and on ITU involvement in GAC.')
native('paraphrase', 'zh', '现在上网的人里面，孩子大概占多大比例？',
       'It highlighted the prevalence of children online, with approximately one-third of internet users being children.')
native('paraphrase', 'zh', '欧盟打算什么时候推出一种既能核实年龄、又不泄露个人隐私的办法？',
       'a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026')
native('examples', 'zh', '报告中有哪些借助体育运动来保护孩子上网安全的例子？',
       'In December 2024, a webinar in Ecuador trained 46 young coaches working with over 1,800 children, addressing risks like cyberbullying and exploitation.',
       'Their collaboration with ITU has produced recommendations to support sports organizations in integrating online safeguarding policies, ultimately aiming to create a toolkit for sports coaches.',
       'In Ecuador, a training webinar for young coaches was held in partnership with the Scort Foundation, integrating child online protection into sports.')
native('unanswerable', 'zh', '日本在工作组会议上介绍过哪些保护儿童上网安全的措施？')
native('unanswerable', 'zh', '巴基斯坦电信管理局的投诉管理系统迄今共收到多少起儿童网络虐待举报？')


# A seventh native batch of 40 (twenty-second session), 8 in each of French, Spanish, Russian, Arabic and Chinese:
# 3 paraphrases, a fact, a meeting, examples, an actor and an unanswerable question in each. Run once: recall@5
# 0.943, MRR@10 0.758, evidence 0.758, unanswerable abstained 0.400, wrongly abstained 0.057.
native('paraphrase', 'fr', "Est-ce que quelqu'un s'est inquiété de l'usage excessif des portables par les élèves à l'école ?",
       'Canada raised concerns about the abusive use of cell phones in schools, suggested that "child-too-much-online" should be considered in future discussions on COP, which was supported by other meeting participants.',
       "Key topics included concerns about the misuse of mobile phones in schools and technical solutions to manage children's excessive internet use and screen time, such as end-to-end encryption and age verification toolkits.")
native('paraphrase', 'fr', "c'est quoi la petite mascotte inventé par des enfants pour expliquer les dangers d'internet, et quand a-t-elle été lancée ?",
       'Also, ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020.',
       'It had been created and designed by children and helped children, parents and teachers to understand the dangers that children faced being online and how to manage them.')
native('paraphrase', 'fr', "Qu'est-ce que l'agence des Nations Unies pour l'enfance a mis en place pour défendre la vie privée et la liberté d'expression des jeunes sur le net ?",
       'UNICEF has established an internet working group to discuss the best approaches to protecting children’s rights to online privacy and free expression.',
       'The representative proceeded to explain the key themes of UNICEF’s discussion paper series which were: privacy and data collection, freedom of expression, access to information and participation, as well as access to the internet.')
native('fact', 'fr', "Depuis quand la Convention de Lanzarote est-elle en vigueur et combien d'États l'ont ratifiée ?",
       'The Lanzarote Convention, adopted in 2007 and in force since 2010, currently has 48 State parties and is monitored by the Lanzarote Committee through thematic rounds.')
native('meeting', 'fr', 'Quels ont été les principaux résultats de la réunion du groupe de travail tenue le 26 janvier 2021 ?',
       'The Chair recommended engaging ITU Regional Offices in the CWG-COP and related meetings.',
       'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.',
       'The Chair finally invited the CWG-COP membership to contribute to the work of the ITU-D SG2 related to COP.')
native('examples', 'fr', "Qu'ont fait les pays pour lutter contre le cyberharcèlement chez les enfants ?",
       'After the lunch break, the delegate from Argentina highlighted the country’s efforts to raise awareness of the dangers of verbal and psychological bullying and cyberbullying.',
       'The Organization of Eastern Caribbean States (OECS) introduced a regional policy in 2022, focusing on education, regulation, and reporting mechanisms to combat cyberbullying, privacy breaches, and harmful content.',
       'the State Agency for Child Protection has established online safety guidelines, focusing on preventing online harassment')
native('actor', 'fr', "qu'est ce que la CNIL a présenté au groupe en octobre 2023 ?",
       'The speaker presented how the organization had published eight recommendations to strengthen the protection of children online.',
       'Their proactive actions also include making digital education a strategic priority and launching the campaign “all together for a safe internet”.')
native('unanswerable', 'fr', "La France a-t-elle fixé un âge minimum de 15 ans pour l'inscription des enfants sur les réseaux sociaux ?")
native('paraphrase', 'es', 'cuando sale el sistema europeo para comprobar la edad de los menores en internet sin comprometer su privacidad?',
       'and a privacy-preserving age verification system, set to launch in 2025 as a bridge to the EU Digital Wallet in 2026.',
       'It also supports age verification solutions, integrating privacy-focused technologies to enhance online safety without compromising user data.')
native('paraphrase', 'es', '¿Cómo colaboran los bancos y las entidades financieras para cortar el dinero que mueve la explotación sexual de niños por internet?',
       'ICMEC’s Financial Coalition Against Child Sexual Exploitation (FCACSE), launched in 2006, unites financial institutions, technology partners, and law enforcement to disrupt OCSE’s economic infrastructure through a "detect, report, disrupt" approach.',
       'advocating for its explicit inclusion in legal frameworks to ensure financial institutions prioritize detecting and reporting suspicious transactions.')
native('paraphrase', 'es', 'Según la encuesta hecha a los jóvenes, ¿qué es lo que más frena que los niños aprendan a manejarse en el mundo digital?',
       'Main barriers to children’s digital literacy were limited digital literacy of teachers and inadequate access to devices.',
       'The survey also found that the key challenges impacting children’s literacy were: unequal ICT access, the digital divide and online safety risks.')
native('fact', 'es', '¿Cuántas organizaciones han firmado la Carta Ética de la Infancia Digital en Rusia?',
       'Key initiatives include the Digital Childhood Ethics Charter, signed by 13,000+ organizations, advocating for proactive content moderation')
native('meeting', 'es', 'que se acordo en la reunion del 30 de septiembre y 1 de octubre de 2024',
       'The meeting agreed that ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement.',
       'It was further agreed to maintain a comprehensive record of all contributions and information documents shared by members on the ITU COP website, accessible without a password.',
       'The meeting agreed that the outcomes of this meeting and the January 2025 CWG-COP meeting would be sent to ITU-D Study Group 2 Question 3/2 for consideration.')
native('examples', 'es', '¿Qué han hecho los países para que se puedan denunciar abusos contra niños en línea o pedir ayuda por teléfono?',
       'The 116-child helpline provides confidential, 24/7 support, linking callers to relevant service providers.',
       'A key component of the program is child online protection, which includes digital-media literacy, training on online risks, and a National Safer Internet Centre Hotline for reporting abuse.',
       'PTA has also developed local language content in Urdu, including translated guidebooks, awareness videos, and a complaint management system (CMS) for reporting child abuse online.')
native('actor', 'es', 'Qué propuso Filipinas sobre las celebraciones de Girls in ICT y qué pasó con sus dos proyectos de resolución?',
       'The resolution suggests maximizing the impact of the Girls in ICT initiative by incorporating Child Online Protection discussions into all Girls in ICT celebrations of ITU Member States',
       'the chair suggested to the members of the Council Working Group on Child Online Protection that the Philippines consider the comments and suggestions from contributors and merge the two resolutions into a single one for resubmission in January.')
native('unanswerable', 'es', '¿Cuántas llamadas recibió en 2024 la línea de ayuda infantil 116 de Tanzania?')
native('paraphrase', 'ru', 'Правда ли, что дети считают риски в интернете чем-то обычным, а родители переоценивают свою способность их защитить?',
       'The VOICE research (2024), involving nearly 500 children and caregivers across 15 countries, points out that children accept online risks as normal, while caregivers overestimate their ability to protect them.')
native('paraphrase', 'ru', 'как спорт и тренеры могут помочь детям безопасно пользоваться интернетом',
       'Through sports, coaches foster trust and open conversations about online safety, building a protective ecosystem that raises awareness, encourages positive interactions, and equips children with skills to respond to online threats.',
       'Their collaboration with ITU has produced recommendations to support sports organizations in integrating online safeguarding policies, ultimately aiming to create a toolkit for sports coaches.')
native('paraphrase', 'ru', 'Почему члены Совета призывали теснее работать с организацией, которая управляет доменными именами в интернете?',
       'Several councillors called for greater cooperation with the Internet Corporation for Assigned Names and Numbers (ICANN) and its Governmental Advisory Committee (GAC), particularly in relation to abuse of the domain-name system.',
       'Councillors requested regular reports on ICANN and GAC activities in relation to child online protection and on ITU involvement in GAC.')
native('fact', 'ru', 'Скольких детей польская кампания «I click sensibly» охватила в 2017 году и какая цель поставлена к 2021-му?',
       'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
native('meeting', 'ru', 'Чем запомнилось заседание рабочей группы 12 января 2022 года — сколько было участников и вкладов?',
       'The Chair noted the growth of the CWG-COP, with this meeting having the largest number of contributions (18 in total) and number of participants (more than 150) [since formation of the CWG].',
       'The Chair added that each contribution added a unique perspective on the holistic approach of the COP initiative.')
native('examples', 'ru', 'Какие законы о киберпреступности и кибербезопастности страны приняли, чтобы защитить детей в сети?',
       'The legal framework includes laws on cybersecurity, data protection, and cybercrime, ensuring safeguards against online exploitation and harmful content.',
       'Legal measures include the Cybercrimes Act (2015), recently amended in 2024 to enhance child protection.',
       'In the Bahamas, a National Cybersecurity Strategy (2024) aims to embed cybersecurity education, strengthen law enforcement capabilities, and address legal gaps in child protection.')
native('actor', 'ru', 'что предлагала российская федерация на 14-м заседании в 2018 году и вместе с какими странами',
       'The delegation from the Russian Federation presented the proposal on the revision on the Resolution 179 (Rev. Busan, 2014).',
       'The contribution was submitted by the Russian Federation, Republic of Armenia, Republic of Belarus, and Kyrgyz Republic.')
native('unanswerable', 'ru', 'Сколько организаций в итоге подписали совместное заявление об ИИ и правах ребёнка на конференции в Тбилиси?')
native('paraphrase', 'ar', 'لماذا لا تكفي أدوات الرقابة الأبوية وحجب المحتوى لحماية الأطفال، وما المشكلة في طريقة تصميم المنصات الرقمية؟',
       'digital platforms are not designed with children in mind, often prioritizing profit over safety through exploitative data practices and manipulative design.',
       'Traditional safety measures, such as content blocking or parental controls, fail to address the root issue')
native('paraphrase', 'ar', 'كيف يمكن للأهل حماية أبنائهم من الانجرار إلى الأفكار المتطرفة عبر الانترنت؟',
       'This program, set to launch in March 2025, aims to equip parents, carers, and early help professionals with the knowledge and tools to prevent online radicalisation among young people.',
       'It also includes case studies, such as Danny’s story (extreme right-wing ideology) and Sharifa’s story (Islamist extremism), to provide practical insights into how radicalisation occurs and how it can be countered.')
native('paraphrase', 'ar', 'هل يجب أن ننظر إلى الإنترنت كعدو للأطفال؟ ماذا قيل عن ذلك في كلمة الافتتاح',
       "Notably, she underscored that despite our eagerness to protect children from online abuse, it's essential not to consider the web as an adversary but rather as an ally in this effort.")
native('fact', 'ar', 'كم كان عدد المشاركين في الاجتماع الحادي والعشرين لفريق العمل؟',
       'In the twenty-first meeting, the Group of 129 participants discussed the contributions and information documents received.')
native('meeting', 'ar', 'ما هي المقترحات التي خرج بها اجتماع 10 اكتوبر 2023 بخصوص مدة الاجتماعات والموقع الالكتروني؟',
       'Consequently, he suggested the formulation of a recommendation to be presented with the goal of extending the allocated time for the Council Working Group to one and a half days.',
       'The chair proposed enhancing the ITU Child Online Protection Council working group website including but not limited to integrating resources from the CWG-COP contributors to improve user access to presentations and resources shared.',
       'The chair advised to continue incorporating social media into the Council Working Group discussions through discussion panels.')
native('examples', 'ar', 'ما الذي قامت به الدول لتدريب المعلمين والمربين على حماية الأطفال في الفضاء الرقمي؟',
       'while the Maldives saw the implementation of a Training of Trainers for Educators',
       'Key success stories include trainers and educators from Qalyubia, Aswan, and Daqahliyah implementing digital safety programs, peer-to-peer training, and community engagement.',
       'A National Assessment on Child Online Protection conducted in December 2024 identified priorities, including establishing governance structures, expanding teacher training, strengthening regulations, and launching public awareness campaigns.')
native('actor', 'ar', 'ماذا عرضت مصر عن لجنتها الوطنية لحماية الأطفال على الانترنت في اجتماع يناير 2018، وما الصعوبات التي واجهتها؟',
       'The major events were the ITU Regional Workshop- COP Regional strategy (2015), the Safer Internet Day in Beheira Governorate (2016) and the Safer Internet Day in Port-Said Governorate (2017).',
       'The delegate stated that one major challenge they face was in bringing on board more NGOs.',
       'Another difficulty was in the fact that those NGOs willing to partner tended not focus solely on child online safety.')
native('unanswerable', 'ar', 'ما هي الغرامات التي فرضتها الإمارات على الشركات التي تنتهك خصوصية الأطفال على الإنترنت؟')
native('paraphrase', 'zh', '联合国那个管儿童事务的机构有没有在研究脑科学技术对孩子权利的影响？',
       'UNICEF is also updating its AI for Children guidance and conducting research on neurotechnology and child rights.')
native('paraphrase', 'zh', '网民里大概有多少是小孩？为什么说互联网当初设计的时候就没考虑孩子的安全',
       'It highlighted the prevalence of children online, with approximately one-third of internet users being children.',
       "However, it emphasized that the internet was not originally designed with children's safety as a primary consideration.")
native('paraphrase', 'zh', '理事会成员对这个工作组要不要继续下去、要不要改工作职责，意见是怎样的？有没有人反对修改？',
       'supported the recommendation that CWG-COP continue its work, and several said that its terms of reference should indeed be amended.',
       'Two councillors, however, considered that the group should continue its work in its current form and under its current terms of reference.')
native('fact', 'zh', '保加利亚防止暴力侵害儿童的国家计划预计让暴力减少百分之几？',
       "The program's expected outcomes include a 20% reduction in violence, better awareness of online risks, and improved professional capacity to address child protection issues.")
native('meeting', 'zh', '2025年2月12至13日的会议上，对那份标准差距分析报告是怎么安排的？',
       'The Vice Chair expressed the expectation that the gap analysis report prepared by the Correspondence Group on Child Online Protection (CG-COP) would be discussed at the next meeting in October 2025.',
       'It will be discussed in Study Group 17 in April 2025, before being presented to the next meeting of the CWG COP.')
native('examples', 'zh', '各国在家长控制方面都采取了哪些措施？',
       'PTA’s network-level parental control initiative aims to centralize online safety measures',
       'Chad’s National Cybersecurity Strategy recommends parental control standards, awareness campaigns, and integrating online safety education into schools and healthcare settings.',
       'Responses ranged from prioritizing age-appropriate content and robust moderation to offering privacy settings and parental controls.')
native('actor', 'zh', '印度在2023年10月的会议上介绍了啥工具包，主要用来干什么',
       "India's contribution introduced the G20 Toolkit on Cyber Education and Cyber Awareness in collaboration with ITU.",
       'This toolkit, informed by various measures adopted by G20 members, is designed to enhance knowledge sharing, identify key online risks for children and youth, provide mitigation response templates for policymakers, and offer essential takeaways.')
native('unanswerable', 'zh', '国际电联的儿童在线保护指南出了中文版吗？是哪一年发布的？')
# An eighth native batch of 40 (twenty-third session), 8 in each of French, Spanish, Russian, Arabic and Chinese:
# 3 paraphrases, a fact, a meeting, examples, an actor and an unanswerable question in each. Run once: recall@5
# 0.914, MRR@10 0.789, evidence 0.697, unanswerable abstained 1.000, wrongly abstained 0.057.
native('paraphrase', 'fr', 'Est-ce vrai que les écoles passent plus de temps à former les parents que leurs propres enseignants à la sécurité en ligne ?',
       'He further pointed to the fact that staff training is consistently a weak part of the education curriculum as schools spend a lot more time in the UK training parents and not members of staff.')
native('paraphrase', 'fr', "Quelqu'un a-t-il dit qu'il ne fallait pas voir Internet comme un ennemi quand on cherche à protéger les enfants ?",
       "Notably, she underscored that despite our eagerness to protect children from online abuse, it's essential not to consider the web as an adversary but rather as an ally in this effort.")
native('paraphrase', 'fr', 'A-t-on parlé des enfants qui passent trop de temps sur les écrans et qui ont du mal ensuite à aller vers les autres dans la vraie vie ?',
       'The Chair acknowledged that while research on this issue stays inconclusive, the effects of excessive screen time, such as children becoming uncomfortable interacting with others outside of the digital world, need to be addressed.')
native('fact', 'fr', "Selon l'étude 2025 de l'ICMEC, combien de pays sur ceux examinés font explicitement de l'exploitation sexuelle des enfants en ligne une infraction sous-jacente au blanchiment ?",
       'Their 2025 study indicates that there are only 6 countries, out of 27 countries examined, explicitly list OCSE as a predicate crime.')
native('meeting', 'fr', 'Combien de participants y avait-il à la 14e réunion du groupe, en janvier 2018, et qui la présidait ?',
       'Approximately 50 participants, representing governments, private sector, civil society, academia, and international and intergovernmental organizations, participated both physically and remotely in the meeting, which was chaired by Mr Ibrahim Al Dabal (UAE).')
native('examples', 'fr', 'Vous auriez des exemples concrets de ce que fait la CNIL pour sensibiliser les jeunes (quiz, jeux, campagnes…) ?',
       'Key initiatives include interactive tools like the Incollables® quiz, the Digital Guardians game, and manga-style educational content, addressing topics such as privacy, cyberbullying, misinformation, and data protection.',
       'Their proactive actions also include making digital education a strategic priority and launching the campaign “all together for a safe internet”.')
native('actor', 'fr', "Qu'est-ce que le Canada a soulevé au sujet des téléphones portables à l'école ?",
       'Canada raised concerns about the abusive use of cell phones in schools, suggested that "child-too-much-online" should be considered in future discussions on COP, which was supported by other meeting participants.')
native('unanswerable', 'fr', 'Quel est le montant exact, en francs suisses, du budget alloué au groupe de travail sur la protection en ligne des enfants pour 2024-2025 ?')
native('paraphrase', 'es', '¿Se acordó que las charlas con las empresas tecnológicas pasaran a un formato más informal, tipo mesas redondas?',
       'The meeting agreed that ICT industry dialogues will shift to a less formal setting led by BDT, with ICT sector roundtables for enhanced engagement.')
native('paraphrase', 'es', '¿Es cierto que los papás creen que pueden proteger a sus hijos en internet mejor de lo que realmente pueden, y que los chicos ven los riesgos como algo normal?',
       'The VOICE research (2024), involving nearly 500 children and caregivers across 15 countries, points out that children accept online risks as normal, while caregivers overestimate their ability to protect them.')
native('paraphrase', 'es', '¿Hubo consejeros que prefirieran dejar el mandato del grupo tal como estaba, sin modificarlo?',
       'Two councillors, however, considered that the group should continue its work in its current form and under its current terms of reference.')
native('fact', 'es', '¿Cuántas empresas tecnológicas integran la alianza Tech Coalition?',
       "In their presentation, the Tech Coalition introduced their alliance of 35 technology companies working collectively to ensure children's safety online.")
native('meeting', 'es', '¿Cuántas contribuciones y cuántos participantes hubo en la decimoctava reunión, la de enero de 2022?',
       'The Chair noted the growth of the CWG-COP, with this meeting having the largest number of contributions (18 in total) and number of participants (more than 150) [since formation of the CWG].')
native('examples', 'es', '¿Qué eventos organizó Egipto a través de su comité nacional de protección de la infancia en línea? Denme ejemplos.',
       'The major events were the ITU Regional Workshop- COP Regional strategy (2015), the Safer Internet Day in Beheira Governorate (2016) and the Safer Internet Day in Port-Said Governorate (2017).')
native('actor', 'es', '¿Qué contó la delegación argentina sobre lo que hace el país contra el acoso y el ciberacoso?',
       'After the lunch break, the delegate from Argentina highlighted the country’s efforts to raise awareness of the dangers of verbal and psychological bullying and cyberbullying.',
       'The representative also explained the #TodosSomosUnicos APP Competition and highlighted the results of the competition.')
native('unanswerable', 'es', '¿Cuántas multas le ha puesto la CNIL francesa a plataformas por vulnerar la privacidad de menores, y de qué monto?')
native('paraphrase', 'ru', 'Что, судя по опросу молодёжи, больше всего мешает детям становиться цифрово грамотными?',
       'Main barriers to children’s digital literacy were limited digital literacy of teachers and inadequate access to devices.')
native('paraphrase', 'ru', 'Почему блокировка контента и родительский контроль на самом деле не решают проблему безопасности детей в сети?',
       'Traditional safety measures, such as content blocking or parental controls, fail to address the root issue: digital platforms are not designed with children in mind')
native('paraphrase', 'ru', 'Предлагали ли сделать заседания рабочей группы длиннее, раз докладов стало так много?',
       'Consequently, he suggested the formulation of a recommendation to be presented with the goal of extending the allocated time for the Council Working Group to one and a half days.')
native('fact', 'ru', 'Когда МСЭ представил свой талисман, посвящённый защите детей в интернете?',
       'Also, ITU had launched its COP mascot, Sangophone – or Sango for short – on Safer Internet Day 2020.')
native('meeting', 'ru', 'Сколько человек участвовало в двадцать первом заседании группы осенью 2024 года?',
       'In the twenty-first meeting, the Group of 129 participants discussed the contributions and information documents received.')
native('examples', 'ru', 'Приведите примеры того, что делает российский Альянс по защите детей в цифровой среде.',
       'Key initiatives include the Digital Childhood Ethics Charter, signed by 13,000+ organizations, advocating for proactive content moderation',
       'The Alliance also organizes public awareness events, such as Anti-Cyberbullying Days and Digital Security Festivals, engaging over 500,000 participants.')
native('actor', 'ru', 'Что рассказала Албания о своём участии в глобальной программе МСЭ по защите детей в онлайне?',
       "The Albanian National Authority for Electronic Certification and Cybersecurity (NAECCS) contribution explained how they became the first pilot of the ITU's global Child Online Protection program, with a focus on capacity building and policy support.")
native('unanswerable', 'ru', 'Какую сумму Нидерландская почтовая лотерея выделила на трёхлетнюю программу Terre des Hommes по безопасности детей в сети?')
native('paraphrase', 'ar', 'هل طالب أعضاء المجلس بتعاون أوثق مع الجهة التي تدير أسماء النطاقات على الإنترنت بسبب إساءة استخدامها؟',
       'Several councillors called for greater cooperation with the Internet Corporation for Assigned Names and Numbers (ICANN) and its Governmental Advisory Committee (GAC), particularly in relation to abuse of the domain-name system.')
native('paraphrase', 'ar', 'هل ستبقى كل المساهمات والوثائق التي يقدمها الأعضاء متاحة على الموقع من دون الحاجة إلى كلمة سر؟',
       'It was further agreed to maintain a comprehensive record of all contributions and information documents shared by members on the ITU COP website, accessible without a password.')
native('paraphrase', 'ar', 'هل قيل إن الأطفال يشكّلون جزءاً كبيراً من مستخدمي الإنترنت رغم أن الشبكة لم تُصمَّم أصلاً مع مراعاة سلامتهم؟',
       'It highlighted the prevalence of children online, with approximately one-third of internet users being children.',
       "However, it emphasized that the internet was not originally designed with children's safety as a primary consideration.")
native('fact', 'ar', 'كم عدد الأشخاص والمدارس التي وصلت إليها مبادرة «ديجيتال حفاظت» في باكستان بالشراكة مع تيك توك؟',
       'PTA established a Child Online Protection Committee, prioritizing education and prevention, including the nationwide digital literacy initiative “Digital Hifazat”, partnered with TikTok, which has impacted 150,000 individuals in 40 schools.')
native('meeting', 'ar', 'كم عدد المساهمات التي تلقاها الاجتماع التاسع عشر للفريق في أكتوبر 2023؟',
       'He highlighted the growing significance of the group, with a total of 24 contributions, a milestone that had not been reached before.')
native('examples', 'ar', 'أعطني أمثلة على ما قامت به تشاد لحماية الأطفال على الإنترنت.',
       'Relevant national entities implemented content filtering, cybersecurity measures, and public awareness campaigns.',
       'The government collaborates with Internet Service Providers (ISPs) and tech companies to monitor harmful content, develop AI-based detection tools, and enhance public reporting platforms.',
       'Additionally, its cybercrime units work with INTERPOL and Europol to combat online child exploitation.')
native('actor', 'ar', 'ماذا اقترحت المملكة العربية السعودية على الفريق العامل المعني بحماية الأطفال على الإنترنت؟',
       'The Kingdom of Saudi Arabia proposed to organize information sessions on COP related matters with ITU and partners.')
native('unanswerable', 'ar', 'ما العقوبات التي ينص عليها قانون الجرائم الإلكترونية في تنزانيا بعد تعديله عام 2024 على من يستغل الأطفال عبر الإنترنت؟')
native('paraphrase', 'zh', '孩子们对求助热线提的意见，主席希望秘书处转给哪些人？',
       "He invited the Secretariat to share children's feedback on helplines with relevant parent organizations and the expert group of the Global Cybersecurity Index (GCI) for inclusion in child online protection questions.")
native('paraphrase', 'zh', '拉民间公益组织一起做儿童上网保护，碰到过什么难处？',
       'The delegate stated that one major challenge they face was in bringing on board more NGOs.',
       'Another difficulty was in the fact that those NGOs willing to partner tended not focus solely on child online safety.')
native('paraphrase', 'zh', '这个工作组对自己以后还要不要继续办下去，向理事会提了什么建议？',
       'The group recommended to Council that the CWG-COP continue its work as a unique platform for information sharing, discussion and collaboration as well as its key role in advising ITU on its work on Child Online Protection.')
native('fact', 'zh', '波兰那个“理智点击”宣传活动2017年覆盖了多少孩子？到2021年的目标是多少？',
       'The campaign involved 41,000 children in Poland 2017 and targets 300,000 by the year 2021.')
native('meeting', 'zh', '2025年2月的第二十二次会议是谁主持的？大概有多少人参会？',
       'Approximately 191 participants, representing governments, private sector, civil society, academia, international and intergovernmental organizations, participated in the meeting, which was chaired by the Vice Chair Mrs Stella C. Erebor, (Nigeria).',
       'At the twenty-second meeting of the CWG-COP, the contributions and information documents received were discussed among the 191 participants.')
native('examples', 'zh', '有哪些国家办过听取儿童意见的咨询工作坊？举几个例子。',
       'Child participation efforts continued through collaboration with Western Sydney University, with consultation workshops held in Indonesia, Lebanon, and Malawi, and plans for Ecuador in early 2025.')
native('actor', 'zh', '印度在工作组会议上介绍了什么成果？',
       "India's contribution introduced the G20 Toolkit on Cyber Education and Cyber Awareness in collaboration with ITU.")
native('unanswerable', 'zh', '欧盟委员会依据《数字服务法》对哪些平台开出了罚单？罚款金额是多少？')


def multilingual(questions, translations, split):
    """The English originals, then each language's translations, every record naming its source."""
    sources = [x for x in questions if x["id"] in translations]
    assert len(sources) == len(translations) and all(x["split"] == split for x in sources)
    records = [{**x, "source_id": x["id"]} for x in sources]
    for i, lang in enumerate(LANGS):
        records += [{"id": f"{x['id']}-{lang}", "type": x["type"], "split": split, "lang": lang,
                     "source_id": x["id"], "question": translations[x["id"]][i], "gold": x["gold"]}
                    for x in sources]
    return records


for name, records in (("questions.jsonl", Q),
                      ("questions_multilingual.jsonl", multilingual(Q, TRANSLATIONS, "test")),
                      ("questions_multilingual_dev.jsonl", multilingual(Q, DEV_TRANSLATIONS, "dev") + NATIVE)):
    out = Path(__file__).with_name(name)
    out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in records), encoding="utf-8")
    print(f"{len(records)} questions written to {out}")
