#!/usr/bin/env python3
"""Writes bench/training/training.jsonl, the training corpus of the PGO build.

The articles are composed from the sentence templates, actors and places below, all written
for this file (none copied from the gold articles, the peers' suites, the benchmark corpus or
the web). A fixed seed makes the output the same on every run:

    python3 bench/training/make_training.py > bench/training/training.jsonl
"""
import json
import random

R = random.Random(20261129)

# name, adjective, capital, head (title, name), foreign minister, other cities
COUNTRIES = [
    ("France", "French", "Paris", ("President", "Emmanuel Macron"), "Jean-Noel Barrot", ["Marseille", "Lyon"]),
    ("Germany", "German", "Berlin", ("Chancellor", "Olaf Scholz"), "Annalena Baerbock", ["Munich", "Hamburg"]),
    ("Britain", "British", "London", ("Prime Minister", "Keir Starmer"), "David Lammy", ["Manchester", "Belfast"]),
    ("Russia", "Russian", "Moscow", ("President", "Vladimir Putin"), "Sergei Lavrov", ["St. Petersburg", "Kursk"]),
    ("Ukraine", "Ukrainian", "Kyiv", ("President", "Volodymyr Zelenskyy"), "Andrii Sybiha", ["Kharkiv", "Odesa"]),
    ("China", "Chinese", "Beijing", ("President", "Xi Jinping"), "Wang Yi", ["Shanghai", "Guangzhou"]),
    ("Japan", "Japanese", "Tokyo", ("Prime Minister", "Shigeru Ishiba"), "Takeshi Iwaya", ["Osaka", "Okinawa"]),
    ("India", "Indian", "New Delhi", ("Prime Minister", "Narendra Modi"), "Subrahmanyam Jaishankar", ["Mumbai", "Srinagar"]),
    ("Pakistan", "Pakistani", "Islamabad", ("Prime Minister", "Shehbaz Sharif"), "Ishaq Dar", ["Karachi", "Peshawar"]),
    ("Iran", "Iranian", "Tehran", ("President", "Masoud Pezeshkian"), "Abbas Araghchi", ["Isfahan", "Mashhad"]),
    ("Israel", "Israeli", "Jerusalem", ("Prime Minister", "Benjamin Netanyahu"), "Gideon Saar", ["Tel Aviv", "Haifa"]),
    ("Turkey", "Turkish", "Ankara", ("President", "Recep Tayyip Erdogan"), "Hakan Fidan", ["Istanbul", "Izmir"]),
    ("Egypt", "Egyptian", "Cairo", ("President", "Abdel Fattah el-Sisi"), "Badr Abdelatty", ["Alexandria", "Port Said"]),
    ("Saudi Arabia", "Saudi", "Riyadh", ("Crown Prince", "Mohammed bin Salman"), "Faisal bin Farhan", ["Jeddah", "Dammam"]),
    ("Syria", "Syrian", "Damascus", ("President", "Ahmed al-Sharaa"), "Asaad al-Shibani", ["Aleppo", "Homs"]),
    ("Iraq", "Iraqi", "Baghdad", ("Prime Minister", "Mohammed Shia al-Sudani"), "Fuad Hussein", ["Basra", "Mosul"]),
    ("Lebanon", "Lebanese", "Beirut", ("Prime Minister", "Nawaf Salam"), "Youssef Rajji", ["Tripoli", "Sidon"]),
    ("Jordan", "Jordanian", "Amman", ("King", "Abdullah II"), "Ayman Safadi", ["Zarqa", "Aqaba"]),
    ("Nigeria", "Nigerian", "Abuja", ("President", "Bola Tinubu"), "Yusuf Tuggar", ["Lagos", "Kano"]),
    ("Kenya", "Kenyan", "Nairobi", ("President", "William Ruto"), "Musalia Mudavadi", ["Mombasa", "Kisumu"]),
    ("Ethiopia", "Ethiopian", "Addis Ababa", ("Prime Minister", "Abiy Ahmed"), "Gedion Timothewos", ["Mekelle", "Gondar"]),
    ("Sudan", "Sudanese", "Khartoum", ("General", "Abdel Fattah al-Burhan"), "Ali Youssef", ["Port Sudan", "El Fasher"]),
    ("South Africa", "South African", "Pretoria", ("President", "Cyril Ramaphosa"), "Ronald Lamola", ["Johannesburg", "Durban"]),
    ("Mali", "Malian", "Bamako", ("Colonel", "Assimi Goita"), "Abdoulaye Diop", ["Timbuktu", "Gao"]),
    ("Somalia", "Somali", "Mogadishu", ("President", "Hassan Sheikh Mohamud"), "Ahmed Moallim Fiqi", ["Kismayo", "Baidoa"]),
    ("Brazil", "Brazilian", "Brasilia", ("President", "Luiz Inacio Lula da Silva"), "Mauro Vieira", ["Sao Paulo", "Rio de Janeiro"]),
    ("Argentina", "Argentine", "Buenos Aires", ("President", "Javier Milei"), "Gerardo Werthein", ["Cordoba", "Rosario"]),
    ("Mexico", "Mexican", "Mexico City", ("President", "Claudia Sheinbaum"), "Juan Ramon de la Fuente", ["Monterrey", "Tijuana"]),
    ("Venezuela", "Venezuelan", "Caracas", ("President", "Nicolas Maduro"), "Yvan Gil", ["Maracaibo", "Valencia"]),
    ("Colombia", "Colombian", "Bogota", ("President", "Gustavo Petro"), "Luis Gilberto Murillo", ["Medellin", "Cali"]),
    ("Cuba", "Cuban", "Havana", ("President", "Miguel Diaz-Canel"), "Bruno Rodriguez", ["Santiago de Cuba", "Holguin"]),
    ("the United States", "American", "Washington", ("President", "Joe Biden"), "Antony Blinken", ["New York", "Chicago"]),
    ("Canada", "Canadian", "Ottawa", ("Prime Minister", "Justin Trudeau"), "Melanie Joly", ["Toronto", "Montreal"]),
    ("South Korea", "South Korean", "Seoul", ("President", "Yoon Suk Yeol"), "Cho Tae-yul", ["Busan", "Incheon"]),
    ("North Korea", "North Korean", "Pyongyang", ("leader", "Kim Jong Un"), "Choe Son Hui", ["Kaesong", "Wonsan"]),
    ("Afghanistan", "Afghan", "Kabul", ("supreme leader", "Hibatullah Akhundzada"), "Amir Khan Muttaqi", ["Kandahar", "Herat"]),
    ("Indonesia", "Indonesian", "Jakarta", ("President", "Prabowo Subianto"), "Sugiono", ["Surabaya", "Medan"]),
    ("the Philippines", "Philippine", "Manila", ("President", "Ferdinand Marcos Jr."), "Enrique Manalo", ["Cebu", "Davao"]),
    ("Myanmar", "Myanmar", "Naypyitaw", ("General", "Min Aung Hlaing"), "Than Swe", ["Yangon", "Mandalay"]),
    ("Australia", "Australian", "Canberra", ("Prime Minister", "Anthony Albanese"), "Penny Wong", ["Sydney", "Melbourne"]),
    ("Poland", "Polish", "Warsaw", ("Prime Minister", "Donald Tusk"), "Radoslaw Sikorski", ["Krakow", "Gdansk"]),
    ("Hungary", "Hungarian", "Budapest", ("Prime Minister", "Viktor Orban"), "Peter Szijjarto", ["Debrecen", "Szeged"]),
    ("Serbia", "Serbian", "Belgrade", ("President", "Aleksandar Vucic"), "Marko Djuric", ["Novi Sad", "Nis"]),
    ("Georgia", "Georgian", "Tbilisi", ("Prime Minister", "Irakli Kobakhidze"), "Maka Bochorishvili", ["Batumi", "Kutaisi"]),
    ("Armenia", "Armenian", "Yerevan", ("Prime Minister", "Nikol Pashinyan"), "Ararat Mirzoyan", ["Gyumri", "Vanadzor"]),
    ("Azerbaijan", "Azerbaijani", "Baku", ("President", "Ilham Aliyev"), "Jeyhun Bayramov", ["Ganja", "Sumgait"]),
    ("Qatar", "Qatari", "Doha", ("Emir", "Sheikh Tamim bin Hamad Al Thani"), "Mohammed bin Abdulrahman Al Thani", ["Al Wakrah", "Lusail"]),
    ("Yemen", "Yemeni", "Sanaa", ("President", "Rashad al-Alimi"), "Shaya al-Zindani", ["Aden", "Hodeidah"]),
    ("Haiti", "Haitian", "Port-au-Prince", ("Prime Minister", "Garry Conille"), "Dominique Dupuy", ["Cap-Haitien", "Gonaives"]),
    ("Bangladesh", "Bangladeshi", "Dhaka", ("interim leader", "Muhammad Yunus"), "Touhid Hossain", ["Chittagong", "Sylhet"]),
]

ORGS = ["the United Nations", "the European Union", "NATO", "the African Union", "the International Monetary Fund",
        "the World Bank", "the International Committee of the Red Cross", "Amnesty International",
        "Human Rights Watch", "ASEAN", "OPEC", "the World Health Organization", "the UN Security Council",
        "the International Criminal Court", "the Arab League", "the Organization of American States",
        "UNICEF", "the World Food Programme", "the UN refugee agency", "the International Atomic Energy Agency"]
ORG_HEADS = [("UN Secretary-General", "Antonio Guterres"), ("EU foreign policy chief", "Kaja Kallas"),
             ("NATO Secretary General", "Mark Rutte"), ("IMF Managing Director", "Kristalina Georgieva"),
             ("IAEA chief", "Rafael Grossi"), ("WHO Director-General", "Tedros Adhanom Ghebreyesus"),
             ("Pope", "Francis"), ("UN human rights chief", "Volker Turk")]
GROUPS = ["rebels", "protesters", "police", "soldiers", "militants", "opposition supporters", "students",
          "farmers", "trade unions", "riot police", "insurgents", "gunmen", "security forces", "demonstrators",
          "border guards", "the army", "government troops", "separatists", "activists", "striking workers",
          "Hamas", "Hezbollah", "the Taliban", "Houthi rebels", "al-Shabaab fighters", "Islamic State militants",
          "the Rapid Support Forces", "paramilitary fighters", "journalists", "lawmakers", "judges", "doctors"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
AGENCIES = ["AFP", "Reuters", "AP", "Xinhua", "dpa", "ANSA", "Kyodo"]


def when():
    return R.choice([
        f"on {R.choice(DAYS)}", f"on {R.choice(DAYS)}", "last month", "last week", "earlier this year",
        "yesterday", "today", f"on {R.choice(MONTHS)} {R.randint(1, 28)}", f"in {R.choice(MONTHS)}",
        "late on Friday", "two days ago", "this week", f"{R.choice(DAYS)} night", "in recent weeks",
        f"since {R.choice(MONTHS)}", f"on {R.choice(DAYS)} morning", "three years ago", "overnight",
        f"in {R.choice(MONTHS)} {R.randint(1998, 2025)}", "next month", "next week",
    ])


def number():
    return R.choice(["two", "three", "five", "seven", "a dozen", "dozens of", "hundreds of", "about 40",
                     "at least 12", "more than 200", "nearly 1,500", "11", "23", "thousands of", "four"])


def money():
    return R.choice(["$2.5 billion", "$300 million", "1.2 billion euros", "$40 million", "$17.8 billion",
                     "500 million dollars", "about $90m", "$1bn", "2 trillion yen"])


# Templates by topic. Slots: {A}/{B} country names, {Aa}/{Ba} adjectives, {Ah} head of A with title,
# {Ahn} head's name only, {Af}/{Bf} foreign ministers, {Ac}/{Bc} capitals, {Acity} another city of A,
# {O}/{O2} organizations, {Oh} an organization head with title, {G}/{G2} groups, {W} when,
# {N} a number, {M} money, {P} a pronoun subject for the last named person.
DIPLOMACY = [
    "{Ah} met {Bh} in {Bc} {W} to discuss trade, security and the war in the region.",
    "{Af} said {P} had held \"frank and constructive\" talks with {Bf}.",
    "The two leaders agreed to expand cooperation on energy and to meet again next year.",
    "{Aa} Foreign Minister {Af} will visit {Bc} {W}, the ministry said in a statement.",
    "{A} and {B} signed an agreement {W} to restore direct flights suspended {W}.",
    "{Ahn} praised {B} for its support and invited {Bhn} to visit {Ac}.",
    "{B} welcomed the proposal, but {Bf} said more work was needed before a deal could be signed.",
    "Officials in {Ac} said the talks had been postponed; no new date was given.",
    "{Af} telephoned {Bf} {W} and urged {B} to show restraint.",
    "{A} recalled its ambassador from {Bc} {W} after a row over remarks by {Bhn}.",
    "{B} expelled two {Aa} diplomats, accusing them of spying.",
    "\"We are ready to talk, but not under pressure,\" {Bhn} told reporters in {Bc}.",
    "{Ahn} offered to mediate between {B} and its neighbours.",
    "The {Aa} and {Ba} delegations met behind closed doors for more than six hours.",
    "{A} pledged {M} in aid to {B} during the visit.",
    "{O} called on {A} and {B} to resume negotiations without preconditions.",
    "{Oh} welcomed the agreement as \"an important step towards peace\".",
    "{Bhn} is expected to travel to {Ac} later this year, according to diplomats.",
    "{A} and {B} re-established diplomatic relations {W}, ending a seven-year break.",
    "At a joint news conference, {Ahn} said the two countries shared \"a common interest in stability\".",
    "{Af} arrived in {Bc} {W} for a two-day visit, the first by an {Aa} foreign minister in a decade.",
    "{B} rejected an invitation to the summit, saying it had not been consulted.",
    "The ministers discussed the situation in {C3} and agreed to coordinate their positions at {O}.",
    "{Ah} hosted {Bh} at a state dinner, where the two toasted \"a new chapter\" in relations.",
    "{B}'s embassy in {Ac} said consular services would resume next month.",
    "Neither side gave details of what was agreed.",
    "{A} has apologised to {B} for the incident, a spokesman for {Ahn} said.",
    "The meeting was arranged by {C3}, which has good ties with both governments.",
]
CONFLICT = [
    "{Aa} forces launched air strikes on {Bacity} {W}, killing {N} people, local officials said.",
    "{Ba} troops shelled villages near the border, and {Aa} artillery returned fire.",
    "{G} attacked a police post in {Acity} {W}, killing three officers.",
    "The army said it had repelled an attack by {G} on a base outside {Acity}.",
    "{N} civilians were killed when a missile hit a market in {Acity}, the health ministry said.",
    "{Bh} accused {A} of bombing a hospital, a charge {Ac} denied.",
    "Fighting between {G} and {G2} has displaced more than 10,000 people since {W}.",
    "A car bomb exploded near a checkpoint in {Acity} {W}; no group claimed responsibility.",
    "{A} said it had shot down {N} drones launched from {B} overnight.",
    "Heavy clashes broke out in the north as {G} tried to seize a strategic town.",
    "{Aa} warplanes struck what the military called weapons depots belonging to {G}.",
    "{G} kidnapped {N} aid workers on the road to {Acity}, the UN said.",
    "The ceasefire collapsed {W} when {G} opened fire on an army convoy.",
    "{B} threatened to retaliate \"with full force\" if the strikes continued.",
    "{Ahn} ordered troops to the border and put the air force on alert.",
    "The {Aa} defence ministry said {N} soldiers were wounded in the attack.",
    "Witnesses said gunmen stormed the village at dawn, set houses on fire and killed at least nine people.",
    "{O} condemned the attack and called for an independent investigation.",
    "Both sides accuse each other of violating the truce.",
    "{G} seized control of the airport in {Acity} after two days of fighting, residents said.",
    "{A} deployed warships to the strait, a move {B} described as a provocation.",
    "A soldier was killed by a sniper near the front line {W}, the army said.",
    "The strikes were in response to a rocket attack on {Acity} {W}, the {Aa} military said.",
    "{Bhn} vowed to punish those behind the bombing.",
    "Militants ambushed a convoy carrying fuel, killing two drivers and burning six trucks.",
    "{A} accused {B} of massing troops on the border, which {Bc} called \"pure fiction\".",
    "An {Aa} drone strike killed a senior commander of {G} {W}, officials said.",
    "The two countries exchanged prisoners {W} in a deal brokered by {C3}.",
    "{G} were attacked by {G2} while they were guarding a bridge.",
    "The town was recaptured by government troops {W}.",
]
PROTEST = [
    "Thousands of {G} marched through {Ac} {W} to demand the resignation of {Ahn}.",
    "Police fired tear gas and water cannon at protesters outside parliament.",
    "{N} people were arrested after clashes between {G} and police in {Acity}.",
    "The protesters accused the government of corruption and demanded new elections.",
    "{Ahn} dismissed the demonstrations as the work of \"foreign agents\".",
    "Organisers said more than 50,000 people took part; police put the figure at 8,000.",
    "{G} went on strike {W} to protest against the pension reform.",
    "The rally in {Acity} was peaceful, but a few dozen youths later threw stones at police.",
    "Opposition leader {X} called for a general strike and vowed to keep up the pressure.",
    "Security forces beat demonstrators with batons and detained several journalists.",
    "{O} urged {A}'s authorities to respect the right to peaceful assembly.",
    "\"We will not go home until our demands are met,\" one protester, a 24-year-old student, said.",
    "The government imposed a curfew in {Acity} and cut mobile internet access.",
    "Hundreds of farmers blocked roads with tractors to protest against cheap imports.",
    "Demonstrators burned the {Ba} flag outside the embassy in {Ac}.",
    "{G} staged a sit-in outside the interior ministry demanding the release of detained activists.",
    "A student was shot dead during the protests, human rights groups said.",
    "The union called off the strike after the government agreed to raise wages by 8%.",
    "Protests have spread to at least twelve cities since {W}.",
    "Police said the protest had not been authorised.",
    "{Ahn} promised to meet the protesters' leaders, but talks have not yet begun.",
    "In {Acity}, demonstrators set fire to tyres and blocked the main highway for hours.",
]
ELECTION = [
    "Voters in {A} go to the polls {W} in a presidential election seen as a test for {Ahn}.",
    "{Ahn}'s party won 41% of the vote, according to preliminary results.",
    "The opposition rejected the results and accused the electoral commission of fraud.",
    "Turnout was about 62%, the electoral commission said.",
    "{X}, the main opposition candidate, conceded defeat and congratulated the winner.",
    "Observers from {O} said the vote was largely free but marred by irregularities.",
    "{Ahn} was sworn in for a second term {W} in a ceremony in {Ac}.",
    "Parliament voted 214 to 170 to approve the new government.",
    "The coalition collapsed {W} after the junior partner withdrew over the budget.",
    "Polls suggest no party will win a majority in the 300-seat assembly.",
    "The constitutional court postponed the election until December, citing security concerns.",
    "{Bhn} congratulated {Ahn} on the victory and said {Bp} looked forward to working together.",
    "Campaigning ended on Friday, and voting starts at 7 a.m. on Sunday.",
    "The candidate promised to cut taxes, fight corruption and bring back jobs.",
    "Several opposition figures were barred from running, which critics called an attempt to rig the vote.",
    "A recount was ordered in three districts.",
    "{Ahn} called a snap election for {W}, two years ahead of schedule.",
    "Lawmakers passed a motion of no confidence in the prime minister by 251 votes.",
]
SANCTIONS = [
    "{O} imposed new sanctions on {B} {W}, targeting banks and oil exports.",
    "{A} froze the assets of {N} {Ba} officials and banned them from travel.",
    "{B} condemned the sanctions as illegal and threatened countermeasures.",
    "The measures, worth an estimated {M}, take effect next month.",
    "{A} lifted some sanctions on {B} after it released political prisoners.",
    "The Treasury Department said the companies had helped {B} evade an arms embargo.",
    "{Bf} said the sanctions would not change {B}'s policy \"one bit\".",
    "{A} banned imports of {Ba} steel and aluminium, citing national security.",
    "{B} responded by raising tariffs on {Aa} cars to 25%.",
    "The trade dispute has cost both economies billions of dollars.",
    "{O} agreed to extend the embargo for another six months.",
    "{A} and {B} reached a deal to ease tariffs after months of negotiations.",
    "Exporters welcomed the decision, but farmers warned of cheaper competition.",
    "{Ahn} said the sanctions would stay until {B} withdrew its troops.",
    "{A} blacklisted {N} shipping firms accused of carrying {Ba} oil.",
]
COURTS = [
    "A court in {Ac} sentenced {X} to seven years in prison {W} on charges of corruption.",
    "The former minister was arrested at the airport and charged with money laundering.",
    "Prosecutors accused {X} of taking bribes worth {M}.",
    "{X} denied the charges and said the case was politically motivated.",
    "The supreme court ruled that the law violated the constitution.",
    "{O} issued an arrest warrant for {Ahn} over alleged war crimes.",
    "A judge released {N} activists on bail but barred them from leaving the country.",
    "The trial was adjourned until next month after the defence asked for more time.",
    "Police detained a journalist who had investigated the government's contracts.",
    "{A} asked {B} to extradite a businessman wanted for fraud.",
    "{B} refused, saying he faced persecution at home.",
    "The appeals court overturned the conviction {W} and ordered a retrial.",
    "Human rights groups said the detainees had been tortured in custody.",
    "The president pardoned 300 prisoners to mark the national day.",
    "He was convicted of treason and sentenced to death in absentia.",
    "The verdict was not unexpected; the court has rarely ruled against the government.",
    "Investigators raided the offices of the opposition party {W}.",
]
DISASTER = [
    "A 6.8-magnitude earthquake struck {Acity} {W}, killing at least {N} people.",
    "Floods caused by heavy rain have forced 20,000 people from their homes in {A}.",
    "Rescuers were searching for survivors under the rubble of collapsed buildings.",
    "{B} sent a team of 60 rescuers and sniffer dogs to help.",
    "{O} appealed for {M} to help the victims.",
    "The cyclone made landfall near {Acity} with winds of 180 km/h.",
    "A fire in a crowded market killed 14 people and injured dozens more.",
    "The government declared three days of national mourning.",
    "{Ahn} visited the affected areas and promised to rebuild schools and hospitals.",
    "Power was cut to more than a million homes.",
    "Aid agencies warned of a cholera outbreak in the camps.",
    "A ferry capsized on the river; 37 passengers are missing.",
    "The drought has destroyed crops and pushed food prices to record highs.",
    "{B} and {C3} offered aid, and {Ahn} thanked them for their solidarity.",
    "Wildfires have burned 90,000 hectares since {W}.",
]
NEUTRAL = [
    "The central bank raised its key interest rate by half a point to 5.25%.",
    "Inflation slowed to 3.1% in {MO}, the statistics office said.",
    "Shares in {Acity} closed 1.2% higher on Friday.",
    "The national team beat {B} 2-1 in a friendly match in {Ac}.",
    "Temperatures are expected to reach 38C in the south this week.",
    "The film festival opens on Thursday with a new drama by a young director.",
    "The company said its profit rose 14% to {M} in the third quarter.",
    "Scientists said the new vaccine was 90% effective in trials.",
    "The museum will reopen in the spring after a four-year renovation.",
    "Tourism has recovered to pre-pandemic levels, the ministry said.",
    "The airline ordered 50 new aircraft worth {M}.",
    "Oil prices fell below $70 a barrel.",
    "Schools will close for two weeks because of the heat.",
    "The marathon drew a record 40,000 runners.",
    "The new bridge, 4.2 km long, took six years to build.",
    "Researchers found fossils of a dinosaur that lived 70 million years ago.",
    "A new high-speed rail line between {Ac} and {Acity} will open in 2027.",
    "Car sales rose for the fifth month in a row.",
    "The orchestra will tour Asia next spring.",
    "Unemployment fell to 6.4%, its lowest level since 2008.",
]
# Sentences that fit any political article: reactions, background, quotes, pronouns.
GENERAL = [
    "{P} did not say when the talks would resume.",
    "\"This is unacceptable,\" {Ahn} said in a televised address.",
    "{Ahn} said {Ap} would not accept any deal that threatened {A}'s sovereignty.",
    "It was not immediately clear who was responsible.",
    "The ministry did not respond to a request for comment.",
    "{B} has not commented on the report.",
    "The foreign ministry in {Bc} said it was \"deeply concerned\" and called for calm.",
    "{A} refused to recognise the decision.",
    "{Bhn} denied that {B} had any role in the incident.",
    "Relations between the two countries have been tense since {W}.",
    "{Ah}, speaking on {Ba} television, criticized {Bh} for his \"reckless\" remarks.",
    "Analysts said the move was aimed at voters at home.",
    "The statement gave no further details.",
    "According to a government spokesman, the talks were \"positive\".",
    "\"We hope that common sense will prevail,\" a senior diplomat said on condition of anonymity.",
    "{O} has repeatedly urged both sides to avoid escalation.",
    "{Oh} said {Op} was alarmed by the reports and urged an immediate halt to the violence.",
    "In a statement, {A}'s interior ministry blamed {G} for the unrest.",
    "{Ahn} met {Oh} on the sidelines of the summit in {Cc3}.",
    "The United Nations says more than two million people need humanitarian aid.",
    "The report could not be independently verified.",
    "{Bhn} has never visited {A}.",
    "Both governments say they want to avoid a wider war - but neither has made concessions.",
    "Critics accuse {Ahn} of silencing dissent; {Ap} says {Ap} is defending the nation.",
    "The decision was criticized by the opposition, which said it had not been consulted.",
    "{A} was accused by {B} of interfering in its internal affairs.",
    "{B} was praised by {O} for its efforts.",
    "{Ahn} has not yet decided whether to attend.",
    "The spokesman declined to comment on the report, saying only that {A} \"would act in its own interests\".",
    "On {D}, {Ahn} warned that {A} would \"not stand by\" if the crisis deepened.",
    "Earlier this month, {B} threatened to cut off gas supplies to {A}.",
    "The talks, which had been scheduled for Monday, were called off.",
    "Asked whether {Ap} would meet {Bhn}, {Ahn} said: \"Why not?\"",
    "{A}'s parliament approved the treaty by a large majority (287 votes to 31).",
    "Few expect a breakthrough soon.",
    "{X}, an analyst at a think tank in {Ac}, said: \"Nobody wants this to get out of hand... but accidents happen.\"",
    "The {Aa} leader did not rule out sending troops.",
    "{Ahn} never answered the letter, officials said.",
    "They said they would return next week.",
    "The plan -- first proposed in 2019 -- has been delayed several times.",
    "WASHINGTON's reaction was muted; the State Department said only that it was \"following developments closely\".",
]
# Sentences with the punctuation, scripts and shapes that news text throws at a tokenizer.
ODD = [
    "“We were not informed,” {Bf} said — adding that {B} would “study the text carefully.”",
    "The minister’s office said the visit had been “productive”; it gave no details.",
    "{Ahn} (who took office in 2022) has promised reforms.",
    "Talks in Zürich, São Paulo and Côte d’Ivoire’s capital ended without agreement.",
    "BREAKING: {A} CLOSES ITS AIRSPACE TO {Ba} AIRLINES",
    "U.S. officials, speaking on condition of anonymity, said Gen. Smith met Lt. Col. Ahmed in Feb. 2023.",
    "Dr. Ruiz, 54, was released at 3:45 p.m. local time (1345 GMT).",
    "The plan includes: a ceasefire; a prisoner swap; and the reopening of the border.",
    "Why now? Because the elections are in six weeks.",
    "Police said... well, they said nothing at all.",
    "“Enough!” shouted the crowd.",
    "The list of demands ran to 14 points (see below).",
    "Officials said 1,200 people — including 300 children — had been evacuated.",
    "The #1 priority, according to the ministry, is \"security, security, security\".",
    "Prices rose 12.5% year-on-year, vs. 11.9% in the previous month.",
    "It's not over yet, they say.",
    "{A}'s {Af} and {B}'s {Bf} -- long-time rivals -- shook hands in front of the cameras.",
    "Tel. +33 1 23 45 67 89; e-mail press@example.org.",
    "Ελληνικά, 中文 and русский: the statement was issued in six languages.",
    "The ex-President's son-in-law, a well-known businessman, was questioned for 9 hrs.",
    "Mr. and Mrs. Tanaka were not at home when the shell hit their house on Elm St.",
    "“No comment.”",
    "In 1990-91 the two countries fought a short war; in 2003 they signed a peace treaty.",
    "{Ahn} said: “We will never, never surrender.” {Ap} then left the podium.",
]
ANALYSTS = ["Maria Lopez", "Ahmed Hassan", "Olga Petrova", "James Okafor", "Li Wei", "Sophie Martin",
            "Rahul Mehta", "Fatima Zahra", "Tomasz Nowak", "Yuki Tanaka", "Daniel Cohen", "Ana Souza",
            "Kwame Mensah", "Elena Rossi", "Omar Khalil", "Hannah Schmidt"]
TOPICS = {
    "diplomacy": (DIPLOMACY, 30), "conflict": (CONFLICT, 26), "protest": (PROTEST, 14),
    "election": (ELECTION, 11), "sanctions": (SANCTIONS, 10), "courts": (COURTS, 10),
    "disaster": (DISASTER, 9), "neutral": (NEUTRAL, 6),
}


def pronoun(title):
    female = {"Claudia Sheinbaum", "Penny Wong", "Annalena Baerbock", "Melanie Joly", "Kaja Kallas",
              "Kristalina Georgieva", "Choe Son Hui", "Maka Bochorishvili"}
    return "she" if title in female else "he"


def fill(template, a, b, c3):
    head, bhead = a[3], b[3]
    org_head = R.choice(ORG_HEADS)
    values = {
        "A": a[0], "B": b[0], "Aa": a[1], "Ba": b[1], "Ac": a[2], "Bc": b[2],
        "Ah": f"{a[1]} {head[0]} {head[1]}", "Bh": f"{b[1]} {bhead[0]} {bhead[1]}",
        "Ahn": head[1], "Bhn": bhead[1], "Af": a[4], "Bf": b[4],
        "Acity": R.choice(a[5]), "Bacity": R.choice(b[5]), "C3": c3[0], "Cc3": c3[2],
        "O": R.choice(ORGS), "O2": R.choice(ORGS), "Oh": f"{org_head[0]} {org_head[1]}",
        "Op": pronoun(org_head[1]), "G": R.choice(GROUPS), "G2": R.choice(GROUPS),
        "W": when(), "N": number(), "M": money(), "X": R.choice(ANALYSTS),
        "P": pronoun(a[4]), "Ap": pronoun(head[1]), "Bp": pronoun(bhead[1]),
        "D": R.choice(DAYS), "MO": R.choice(MONTHS),
    }
    text = template.format(**values)
    text = fix_articles(text)
    return text[0].upper() + text[1:]


def fix_articles(text):
    """'an Georgian' -> 'a Georgian' and 'a Iraqi' -> 'an Iraqi' after the slots are filled."""
    words = text.split(" ")
    for i in range(len(words) - 1):
        if words[i] in ("a", "an") and words[i + 1][:1].isupper():
            words[i] = "an" if words[i + 1][0] in "AEIOU" else "a"
    return " ".join(words)


# First words that a joined clause writes in lower case (names keep their capital).
LOWER_WHEN_JOINED = {"The", "It", "They", "Both", "Neither", "Police", "Officials", "Thousands",
                     "Hundreds", "Analysts", "Critics", "Few", "Observers", "Rescuers", "Organisers",
                     "Protests", "Demonstrators", "Witnesses", "Militants", "Heavy", "Parliament"}


def article(k):
    names = list(TOPICS)
    topic = R.choices(names, weights=[TOPICS[n][1] for n in names])[0]
    a, b, c3 = R.sample(COUNTRIES, 3)
    own = TOPICS[topic][0]
    n = R.randint(3, 16)
    picks = R.sample(own, min(n, len(own)))
    if topic != "neutral":
        picks += R.sample(GENERAL, R.randint(1, 5))
    if R.random() < 0.3:
        picks += R.sample(ODD, R.randint(1, 2))
        R.shuffle(picks[1:])
    sentences = [fill(t, a, b, c3) for t in picks]
    # Some long sentences: two clauses joined as news writers do.
    for i in range(len(sentences) - 1):
        if R.random() < 0.08:
            first, rest = sentences[i + 1].split(" ", 1)
            if first in LOWER_WHEN_JOINED:
                first = first.lower()
            sentences[i] = sentences[i].rstrip(".") + ", while " + first + " " + rest
            sentences[i + 1] = ""
    sentences = [s for s in sentences if s]
    if R.random() < 0.4:
        city = R.choice([a[2]] + a[5]).upper()
        agency = R.choice(AGENCIES)
        dateline = R.choice([f"{city} ({agency}) - ", f"{city}, {R.choice(MONTHS)} {R.randint(1, 28)} ({agency}) -- ",
                             f"{city}: ", f"{city} - "])
        sentences[0] = dateline + sentences[0]
    paragraphs, i = [], 0
    while i < len(sentences):
        step = R.randint(1, 3)
        paragraphs.append(" ".join(sentences[i:i + step]))
        i += step
    year = R.randint(2015, 2025)
    return {"id": f"training-{k:03d}", "date": f"{year}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}",
            "title": f"{topic.capitalize()}: {a[0]} and {b[0]}", "source": "Tacitus training",
            "text": "\n".join(paragraphs)}


def main():
    for k in range(320):
        print(json.dumps(article(k), ensure_ascii=False))


if __name__ == "__main__":
    main()
