"""What a capitalised word is, without a downloaded model: a small shipped gazetteer of places,
organisations, first names, titles and the cue words that mark a name's kind.

The lists are deliberately small (countries, capitals and cities of about a million people or more,
US states, well-known regions, news organisations); the cue words and context rules in
`mentions` do the rest. All sets hold lower-case words or names so lookups are one `in`.
"""

from __future__ import annotations


def _names(text: str) -> frozenset[str]:
    """One name per line or per comma, lower-cased."""
    return frozenset(n.strip().lower() for line in text.splitlines() for n in line.split(",") if n.strip())


COUNTRIES = _names("""
Afghanistan, Albania, Algeria, Andorra, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan
Bahamas, Bahrain, Bangladesh, Barbados, Belarus, Belgium, Belize, Benin, Bhutan, Bolivia, Bosnia
Botswana, Brazil, Brunei, Bulgaria, Burkina Faso, Burundi, Cambodia, Cameroon, Canada, Cape Verde
Central African Republic, Chad, Chile, China, Colombia, Comoros, Congo, Costa Rica, Croatia, Cuba
Cyprus, Czech Republic, Czechia, Denmark, Djibouti, Dominica, Dominican Republic, East Timor, Ecuador
Egypt, El Salvador, Equatorial Guinea, Eritrea, Estonia, Eswatini, Ethiopia, Fiji, Finland, France
Gabon, Gambia, Georgia, Germany, Ghana, Greece, Grenada, Guatemala, Guinea, Guyana, Haiti, Honduras
Hungary, Iceland, India, Indonesia, Iran, Iraq, Ireland, Israel, Italy, Ivory Coast, Jamaica, Japan
Jordan, Kazakhstan, Kenya, Kiribati, Kosovo, Kuwait, Kyrgyzstan, Laos, Latvia, Lebanon, Lesotho
Liberia, Libya, Liechtenstein, Lithuania, Luxembourg, Madagascar, Malawi, Malaysia, Maldives, Mali
Malta, Mauritania, Mauritius, Mexico, Moldova, Monaco, Mongolia, Montenegro, Morocco, Mozambique
Myanmar, Burma, Namibia, Nepal, Netherlands, Holland, New Zealand, Nicaragua, Niger, Nigeria
North Korea, North Macedonia, Macedonia, Norway, Oman, Pakistan, Palau, Palestine, Panama
Papua New Guinea, Paraguay, Peru, Philippines, Poland, Portugal, Qatar, Romania, Russia, Rwanda
Samoa, San Marino, Saudi Arabia, Senegal, Serbia, Seychelles, Sierra Leone, Singapore, Slovakia
Slovenia, Somalia, South Africa, South Korea, Korea, South Sudan, Spain, Sri Lanka, Sudan, Suriname
Sweden, Switzerland, Syria, Taiwan, Tajikistan, Tanzania, Thailand, Togo, Tonga, Trinidad, Tobago
Tunisia, Turkey, Turkiye, Turkmenistan, Uganda, Ukraine, United Arab Emirates, UAE, United Kingdom
UK, Britain, Great Britain, United States, US, USA, U.S., U.K., America, Uruguay, Uzbekistan
Vanuatu, Vatican, Venezuela, Vietnam, Yemen, Zambia, Zimbabwe, England, Scotland, Wales
Northern Ireland, Greenland, Hong Kong, Puerto Rico, Serbia and Montenegro, Bosnia and Herzegovina
Trinidad and Tobago, Antigua and Barbuda, Saint Kitts and Nevis, Sao Tome and Principe
""")

CITIES = _names("""
Kyiv, Kiev, Kharkiv, Odesa, Odessa, Lviv, Dnipro, Zaporizhzhia, Mariupol, Donetsk, Luhansk, Kherson
Moscow, St Petersburg, Saint Petersburg, Novosibirsk, Yekaterinburg, Kazan, Vilnius, Riga, Tallinn
Minsk, Warsaw, Krakow, Prague, Vienna, Budapest, Bucharest, Sofia, Belgrade, Zagreb, Ljubljana
Sarajevo, Skopje, Tirana, Athens, Istanbul, Ankara, Izmir, Berlin, Hamburg, Munich, Frankfurt
Cologne, Paris, Marseille, Lyon, Nice, Brussels, Amsterdam, Rotterdam, The Hague, Luxembourg
Zurich, Geneva, Bern, Rome, Milan, Naples, Turin, Florence, Venice, Madrid, Barcelona, Valencia
Seville, Lisbon, Porto, Dublin, Belfast, London, Manchester, Birmingham, Liverpool, Leeds, Glasgow
Edinburgh, Cardiff, Bristol, Newcastle, Sheffield, Nottingham, Leicester, Oxford, Cambridge
Aberdeen, Dundee, Southampton, Brighton, Copenhagen, Oslo, Stockholm, Helsinki, Reykjavik
Washington, New York, Los Angeles, Chicago, Houston, Phoenix, Philadelphia, San Antonio, San Diego
Dallas, San Francisco, Seattle, Boston, Miami, Atlanta, Detroit, Denver, Las Vegas, Baltimore
New Orleans, Minneapolis, Cleveland, Pittsburgh, St Louis, Nashville, Orlando, Tampa, Portland
Austin, Sacramento, Toronto, Montreal, Vancouver, Ottawa, Calgary, Mexico City, Guadalajara
Havana, Bogota, Lima, Caracas, Quito, Santiago, Buenos Aires, Montevideo, Sao Paulo, Rio de Janeiro
Brasilia, La Paz, Asuncion, Panama City, San Jose, Beijing, Shanghai, Guangzhou, Shenzhen, Wuhan
Chengdu, Tianjin, Hong Kong, Macau, Taipei, Tokyo, Osaka, Kyoto, Yokohama, Seoul, Busan, Pyongyang
Manila, Jakarta, Bangkok, Hanoi, Ho Chi Minh City, Kuala Lumpur, Singapore, Yangon, Phnom Penh
Dhaka, Kolkata, Delhi, New Delhi, Mumbai, Bangalore, Bengaluru, Chennai, Hyderabad, Karachi
Lahore, Islamabad, Kabul, Kathmandu, Colombo, Tehran, Baghdad, Basra, Mosul, Damascus, Aleppo
Beirut, Amman, Jerusalem, Tel Aviv, Gaza, Riyadh, Jeddah, Mecca, Doha, Dubai, Abu Dhabi, Muscat
Kuwait City, Sanaa, Cairo, Alexandria, Tripoli, Tunis, Algiers, Rabat, Casablanca, Khartoum
Addis Ababa, Nairobi, Mogadishu, Kampala, Kigali, Dar es Salaam, Lagos, Abuja, Accra, Dakar
Kinshasa, Luanda, Johannesburg, Cape Town, Durban, Pretoria, Harare, Lusaka, Sydney, Melbourne
Brisbane, Perth, Adelaide, Canberra, Auckland, Wellington, Tbilisi, Yerevan, Baku, Astana, Almaty
Tashkent, Davos, Monte Carlo, Chelsea, Tottenham, Everton, Salzburg, Wimbledon, Twickenham, Kansas City, Oklahoma City
Salt Lake City, Atlantic City, New York City, Quezon City, Vatican City, Guatemala City, Cape Town
""")

REGIONS = _names("""
Africa, Asia, Europe, North America, South America, Latin America, Antarctica, Arctic, Oceania
Middle East, Balkans, Caribbean, Scandinavia, Siberia, Caucasus, Crimea, Donbas, Kashmir
West Bank, Gaza Strip, Golan Heights, Kurdistan, Catalonia, Bavaria, Sicily, Sardinia, Corsica
Tibet, Xinjiang, Kosovo, Chechnya, Darfur, Sahara, Sahel, Amazon, Patagonia, Yorkshire, Cornwall
Kent, Essex, Surrey, Devon, Lancashire, Merseyside, Ulster, London Bridge, Silicon Valley
Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida
Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts
Michigan, Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey
New Mexico, North Carolina, North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island
South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, West Virginia, Wisconsin
Wyoming, Ontario, Quebec, British Columbia, Alberta, Queensland, Victoria, New South Wales
Tasmania, Normandy, Brittany, Provence, Tuscany, Lombardy, Andalusia, Flanders, Wallonia
Mediterranean, Atlantic, Pacific, Black Sea, Baltic, North Sea, Red Sea, Persian Gulf, Gulf
Bedfordshire, Berkshire, Buckinghamshire, Cambridgeshire, Cheshire, Cumbria, Derbyshire, Dorset
Durham, East Sussex, West Sussex, Sussex, Gloucestershire, Hampshire, Herefordshire, Hertfordshire
Lincolnshire, Norfolk, Northamptonshire, Northumberland, Nottinghamshire, Oxfordshire, Rutland
Shropshire, Somerset, Staffordshire, Suffolk, Warwickshire, Wiltshire, Worcestershire, North Yorkshire
West Yorkshire, South Yorkshire, East Yorkshire, West Midlands, East Midlands, Midlands, Greater London
Greater Manchester, Tyneside, Teesside, Highlands, Fife, Lothian, Aberdeenshire, Lanarkshire
Ayrshire, Perthshire, Gwynedd, Powys, Anglesey, Antrim, Tyrone, Donegal, Cork, Galway
""")

PLACES = COUNTRIES | CITIES | REGIONS

# Adjectives of nationality: "Ukrainian" is not a mention, "Ukrainian Embassy" is.
DEMONYMS = _names("""
Afghan, Albanian, Algerian, American, Angolan, Argentine, Argentinian, Armenian, Asian, Australian
Austrian, Azerbaijani, Bahraini, Bangladeshi, Belarusian, Belgian, Bolivian, Bosnian, Brazilian
British, Bulgarian, Burmese, Cambodian, Cameroonian, Canadian, Chilean, Chinese, Colombian
Congolese, Croatian, Cuban, Cypriot, Czech, Danish, Dutch, Ecuadorian, Egyptian, English, Eritrean
Estonian, Ethiopian, European, Filipino, Finnish, French, Georgian, German, Ghanaian, Greek
Guatemalan, Haitian, Honduran, Hungarian, Icelandic, Indian, Indonesian, Iranian, Iraqi, Irish
Israeli, Italian, Ivorian, Jamaican, Japanese, Jordanian, Kazakh, Kenyan, Korean, Kosovan, Kurdish
Kuwaiti, Kyrgyz, Latvian, Lebanese, Liberian, Libyan, Lithuanian, Malaysian, Malian, Maltese
Mexican, Moldovan, Mongolian, Moroccan, Nepalese, Dutch, Nigerian, Nigerien, Norwegian, Omani
Pakistani, Palestinian, Panamanian, Peruvian, Polish, Portuguese, Qatari, Romanian, Russian
Rwandan, Saudi, Scottish, Senegalese, Serbian, Singaporean, Slovak, Slovenian, Somali
South African, Spanish, Sri Lankan, Sudanese, Swedish, Swiss, Syrian, Taiwanese, Tajik, Tanzanian
Thai, Tunisian, Turkish, Turkmen, Ugandan, Ukrainian, Uruguayan, Uzbek, Venezuelan, Vietnamese
Welsh, Yemeni, Nazi, Briton, Britons, Spaniard, Frenchman, Frenchwoman, Englishman, Dane, Swede, Pole
Finn, Turk, Kiwi, Aussie, Dutchman, Scotsman, Irishman, Welshman, Socialist, Communist, Green, Marxist
 Zambian, Zimbabwean, African, Arab, Arabic, Western, Eastern, Northern, Southern
Soviet, Nordic, Baltic, Balkan, Caribbean, Latin, Hispanic, Asian, Muslim, Christian, Jewish
Catholic, Protestant, Islamic, Sunni, Shia, Hindu, Buddhist, Republican, Democratic, Conservative
Labour, Liberal, Tory, Tories, Scot, Scots, Brit, Brits, Yankee, Olympic, Anglo, Euro
""")

# Titles written before a name; the name is what follows them.
TITLES = _names("""
President, Vice President, Vice-President, Prime Minister, Minister, Chancellor, Secretary, Senator
Sen, Rep, Representative, Congressman, Congresswoman, Governor, Gov, Mayor, Judge, King, Queen
Prince, Princess, Duke, Duchess, Lord, Lady, Sir, Dame, Pope, Cardinal, Bishop, Archbishop, Rev
Reverend, Rabbi, Imam, Sheikh, Emir, Sultan, Ayatollah, Gen, Colonel, Col, Lt, Lieutenant, Maj
Capt, Captain, Sgt, Sergeant, Admiral, Marshal, Detective, Det, Inspector, Insp, Constable, PC
Superintendent, Supt, Dr, Doctor, Professor, Prof, Mr, Mrs, Ms, Miss, Mx, Mme, Mlle, Ambassador
Envoy, MP, MEP, CEO, Spokesman, Spokeswoman, Spokesperson, Commissioner, Councillor, Sheriff
Magistrate, Prime, Premier, Director-General, Secretary-General, Cdr, Cmdr, Commander, Cpl, Brig
Deputy, Justice, Justices, Pte, Private, Lance
""")

# Lower-case words before a name that say it is a person: "lawyer Jamie Firestone".
PERSON_ROLES = _names("""
president, minister, chancellor, secretary, senator, governor, mayor, judge, king, queen, prince
princess, spokesman, spokeswoman, spokesperson, lawyer, attorney, barrister, solicitor, director
chairman, chairwoman, chair, chief, executive, ceo, founder, owner, boss, manager, coach, captain
striker, midfielder, defender, goalkeeper, winger, forward, player, batsman, bowler, jockey, driver
rider, champion, sprinter, runner, athlete, star, actor, actress, singer, rapper, musician, artist
author, writer, novelist, poet, director, producer, presenter, host, comedian, model, designer
chef, doctor, dr, surgeon, nurse, professor, scientist, researcher, economist, analyst, expert
officer, detective, inspector, sergeant, constable, soldier, general, commander, colonel, leader
candidate, mp, mep, lawmaker, congressman, congresswoman, ambassador, envoy, diplomat, official
adviser, advisor, aide, deputy, head, teacher, student, pupil, girl, boy, man, woman, mother
father, son, daughter, wife, husband, brother, sister, partner, girlfriend, boyfriend, fiancee
grandmother, grandfather, friend, colleague, neighbour, neighbor, victim, suspect, defendant
widow, mum, dad, uncle, aunt, cousin, baby, teenager, pensioner, resident, businessman
businesswoman, billionaire, entrepreneur, journalist, reporter, editor, photographer, correspondent
mr, mrs, ms, miss, sir, lady, lord, dame, pope, rev, gen, col, lt, sgt, prof, magistrate, actress
senator, prosecutor, investigator, pilot, coroner, priest, vicar, bishop, rabbi, imam, monk
prisoner, inmate, convict, killer, murderer, keeper, referee, umpire, critic, campaigner, activist, counsel
broadcaster, publisher
""")

# The last word of an organisation's name: "Defense Ministry", "Menatep Group".
ORG_CUES = _names("""
Ministry, Department, Office, Agency, Service, Services, Bureau, Administration, Authority, Commission
Committee, Council, Parliament, Congress, Senate, Assembly, Court, Tribunal, Government, Cabinet
Army, Navy, Force, Forces, Guard, Police, Corps, Embassy, Consulate, Party, Union, Federation
Association, Organisation, Organization, Foundation, Institute, Institution, Trust, Society, Club
Academy, University, College, School, Hospital, Clinic, Centre, Center, Museum, Library, Church
Bank, Fund, Group, Inc, Ltd, Plc, Corp, Corporation, Company, Co, LLC, AG, SA, GmbH, Holdings
Partners, Airlines, Airways, Motors, Systems, Technologies, Technology, Labs, Laboratories
Pharmaceuticals, Energy, Oil, Petroleum, Gas, Telecom, Media, News, Network, Networks, Times, Post
Herald, Telegraph, Guardian, Journal, Gazette, Tribune, Mail, Express, Mirror, Press, Records
Studios, Pictures, Entertainment, Software, Magazine, Motor, Board, Alliance, League, Coalition
Movement, Front, Brigade, Brigades, Council, Programme, Program, Commission
FC, United, Rovers, Wanderers, Athletic, Albion, Hotspur, Rangers, Celtic, Villa, Stores, Exchange
Reserve, Treasury, Secretariat, Rail, Centres, Centers, Airline, Bancorp, Bancshares, Directorate, Inquiry, Watchdog, Regulator, Prison, Jail, Court
Guild, Division, Investors, Communications, Securities, Industries, Brands, Resources, Insurance
Capital, Ventures, Mobile, Electric, Electronics, Steel, Mining, Chemicals, Pharma, Partnership
Consortium, Unit, Orchestra, Patrol, Rally, Platforms, International, Inc., Ltd., Corp., Institution, Agency, Commission, Authority, Regiment, Battalion
Courts, Radio, Television, Metro, Power, Playhouse, Theatre, Theater, Harriers, Aggregates, Construction
Developments, Logistics, Solutions, Consulting, Consultants, Builders, Contractors, Estates, Properties
Supplies, Foods, Farms, Dairies, Brewery, Bakery, Haulage, Transport, Buses, Trains, Railways, Utilities
Housing, Publishing, Publishers, Auctioneers, Solicitors, Associates
""")

# The last word of an event's or a work's name: "Athens Olympics", "Academy Awards". Kind "other".
OTHER_CUES = _names("""
Festival, Awards, Award, Prize, Prizes, Cup, Championship, Championships, Olympics, Games, Open
Prix, Series, Show, Week, Day, Summit, Conference, Forum, Expo, Fair, Marathon, Trophy, Tour
Act, Bill, Treaty, Agreement, Accord, Convention, Plan, Strategy, Report, Outlook, Index, Survey
Telescope, Probe, Rover, Album, Film, Movie, Book, Novel, Song, Opera, Ballet, War, Revolution, Crisis, Scandal
Project, Initiative, Scheme
""")

# Competitions and events named like organisations ("Champions League"): kind "other".
EVENTS = _names("""
Champions League, Europa League, Europa Conference League, Super Bowl, Grand National, Tour de France
Ryder Cup, Six Nations, Commonwealth Games, Olympic Games, Paralympic Games, Paralympics, Olympics
""")

# Words that begin an organisation's name before "of": "Bank of England", "University of Texas".
ORG_HEADS = _names("""
Ministry, Department, Office, Bureau, Bank, University, College, Institute, Council, Court, House
Church, Museum, Academy, Association, Federation, Union, Board, Commission, Committee
League, Society, Order, Chamber, Party, Government
""")

# The last word of a place's name: "Ciragan Palace", "Grand Canyon".
PLACE_CUES = _names("""
Palace, Castle, Cathedral, Abbey, Tower, Bridge, Square, Street, St, Road, Avenue, Lane, Boulevard
Park, Gardens, Garden, Stadium, Arena, Airport, Station, Harbour, Harbor, Port, River, Lake, Sea
Ocean, Bay, Gulf, Strait, Island, Islands, Isle, Peninsula, Mountain, Mountains, Mount, Hill, Hills
Valley, Canyon, Canyons, Desert, Forest, Coast, Beach, Province, County, Region, District, State
City, Town, Village, Borough, Oblast, Heights, Plaza, Field, Fields, Square, Wood, Woods, Falls
Place, Arena, Memorial, Crescent, Terrace, Drive, Way, Close, Gate, Green, Common, Quay, Wharf
""")

# The first word of a place's name: "River Thames", "Mount Everest", "Lake Geneva".
PLACE_PREFIXES = _names("River, Mount, Mt, Lake, Loch, Cape, Isle, Port, Fort")

# The first word of a name that is neither a person nor a place: "Storm Ines", "Operation Overlord".
OTHER_PREFIXES = _names("Storm, Hurricane, Typhoon, Cyclone, Operation, Project, Flight, HMS, USS, RMS, MV, SS")

# A place name followed by one of these is a club in a sports story: "Leicester City", "Salford Town".
CLUB_SUFFIXES = _names("City, Town, County, Borough, Athletic, Rovers, United, Wanderers, Albion, Orient, Argyle")

# Words that say a story is about sport: with three of them, a city's name alone may be its club.
SPORT_WORDS = _names("""
match, matches, goal, goals, striker, midfielder, defender, goalkeeper, keeper, league, season, fixture
fixtures, penalty, scored, scores, kick-off, tournament, championship, manager, coach, squad, fans
stadium, club, clubs, cup, semi-final, quarter-final, final, draw, drew, defeat, beat, victory, win, won
innings, wicket, wickets, batsman, try, tries, referee, playoff, play-off, promotion, relegation, side
""")

# Place cues that are also common surnames ("Debra Hill"): a known first name wins over them.
SURNAME_CUES = _names("""
Hill, Hills, Wood, Woods, Field, Fields, Park, Lane, Green, Close, Gate, Way, Ford, Power, Church, Court, Post
Banks, Guard, Mobile, Express, Capital, Hall, Fund, Force, Trust, Union, Cross, Rally
""")

# Lower-case words before a name that say it is an organisation: "computer firm Lenovo".
ORG_MARKERS = _names("""
firm, company, group, rival, carmaker, automaker, drugmaker, bank, lender, retailer, insurer, airline
broker, publisher, chain, party, union, club, team, network, broadcaster, regulator, agency, charity
newspaper, magazine, startup, start-up, giant, operator, supermarket, manufacturer, maker, brand
label, studio, website, platform, outlet, tabloid, watchdog, organisation, organization, consultancy
auctioneers, auction
""")

# Lower-case words before a name that say it is a place: "the city of Kharkiv".
PLACE_MARKERS = _names("""
city, town, village, capital, region, province, state, county, district, port, island, suburb
neighbourhood, neighborhood, oblast, area
""")

ORGANISATIONS = _names("""
Reuters, AP, AFP, BBC, CNN, ITV, NBC, CBS, ABC, Fox News, Sky, Sky News, Al Jazeera, Bloomberg
NATO, Nato, UN, United Nations, EU, European Union, IMF, World Bank, WHO, WTO, Opec, OPEC, Unicef
UNICEF, Unesco, Interpol, Europol, FBI, CIA, NSA, KGB, FSB, MI5, MI6, NHS, FIFA, Fifa, UEFA, Uefa
IOC, IAAF, ICC, ECB, Fed, Pentagon, Kremlin, Downing Street, White House, Whitehall, Congress
Hamas, Hezbollah, Taliban, Isis, ISIS, Islamic State, Al-Qaeda, Google, Apple, Microsoft, Amazon, Facebook, Meta
Twitter, Instagram, YouTube, WhatsApp, TikTok, Netflix, Yahoo, Sony, Samsung, Nintendo, Intel, IBM
Tesla, Toyota, Volkswagen, BMW, Ford, Boeing, Airbus, Shell, BP, Gazprom, Rosneft, Yukos, Disney
Nike, Adidas, Tesco, Sainsbury's, Asda, Vodafone, Ofcom, Ofsted, HMRC, RSPCA, Oxfam, Nasa, NASA
Labour, Tories, Conservatives, Democrats, Republicans, Liberal Democrats, Lib Dems, SNP, Ukip, UKIP
Arsenal, Chelsea, Liverpool FC, Tottenham, Everton, Barcelona FC, Juventus, Bayern Munich
Red Cross, Red Crescent, Manchester United, Manchester City, Real Madrid, Premier League, Wikileaks
Friends of the Earth, Crystal Palace, Nottingham Forest, Port Vale, West Ham, West Brom, Borussia Dortmund, Inter Milan, AC Milan
""")

FIRST_NAMES = _names("""
Aaron, Adam, Adrian, Ahmed, Alan, Albert, Alex, Alexander, Alexei, Ali, Alice, Alicia, Alison
Amanda, Amy, Andrea, Andrew, Andy, Angela, Ann, Anna, Anne, Anthony, Antonio, Arthur, Ashley
Barack, Barbara, Ben, Benjamin, Beth, Bill, Bob, Boris, Brian, Bruce, Carl, Carlos, Carol
Caroline, Catherine, Charles, Charlie, Charlotte, Chris, Christian, Christine, Christopher, Claire
Colin, Craig, Dan, Daniel, Danny, Dave, David, Dean, Deborah, Dennis, Diana, Dmitry, Donald
Douglas, Ed, Edward, Elizabeth, Ellen, Emily, Emma, Emmanuel, Eric, Frank, Fred, Gary, Gavin
George, Gordon, Graham, Greg, Gregory, Hannah, Harry, Heather, Helen, Henry, Hillary, Hugh, Ian
Igor, Isabel, Ivan, Jack, Jacob, James, Jamie, Jane, Janet, Jason, Jean, Jeff, Jennifer, Jeremy
Jessica, Jim, Joe, John, Johnny, Jon, Jonathan, Jose, Joseph, Josh, Julia, Julie, Justin, Karen
Kate, Katherine, Katie, Keith, Kelly, Ken, Kevin, Kim, Laura, Lauren, Lee, Leo, Linda, Lisa, Liz
Louise, Lucy, Luis, Maria, Marie, Mark, Martin, Mary, Matt, Matthew, Michael, Michelle, Mike
Mohammed, Muhammad, Nancy, Natalia, Natalie, Neil, Nicholas, Nick, Nicola, Nigel, Oleg, Oliver
Olivia, Patrick, Paul, Peter, Philip, Rachel, Ralph, Rebecca, Richard, Rob, Robert, Roger, Ronald
Rosie, Ruth, Ryan, Sam, Samuel, Sarah, Scott, Sean, Sebastian, Sergei, Sergey, Simon, Sophie
Stephen, Steve, Steven, Stuart, Susan, Thomas, Tim, Timothy, Tom, Tony, Vladimir, Volodymyr
Walter, William, Yulia, Zoe, Angela, Emmanuel, Recep, Xi, Narendra, Justin, Theresa, Jeremy
Nicolas, Francois, Pierre, Jacques, Hans, Klaus, Wolfgang, Giuseppe, Marco, Luca, Juan, Pedro
Miguel, Manuel, Pablo, Diego, Sergio, Mikhail, Viktor, Yuri, Andriy, Oleksandr, Dmytro, Olena
Abigail, Adele, Aidan, Alastair, Alfie, Alistair, Allan, Amber, Andre, Angus, Anita, Annie, Archie
Ashley, Barry, Becky, Bernard, Bernie, Beverley, Billy, Blake, Bobby, Brandon, Brenda, Brett, Bruno
Bryan, Callum, Cameron, Carla, Carmen, Carrie, Cheryl, Chloe, Christina, Clare, Clive, Connor
Conor, Damian, Damien, Daisy, Dale, Dana, Danielle, Darren, Dawn, Debbie, Debra, Declan, Denise
Derek, Dominic, Donna, Doris, Duncan, Dylan, Eamonn, Eddie, Eileen, Elaine, Eleanor, Elena, Eli
Elijah, Ella, Ellie, Elliot, Eoin, Erin, Ethan, Eugene, Eva, Evan, Evelyn, Fiona, Francesca, Francis
Freddie, Frederick, Gabriel, Gareth, Gemma, Geoff, Geoffrey, Gerald, Gerry, Gillian, Gina, Glen
Glenn, Grace, Grant, Hamish, Harriet, Harvey, Hayley, Hector, Holly, Howard, Hugo, Isaac, Isla
Jackie, Jacqueline, Jade, Jake, Jamal, Janice, Jasmine, Jay, Jayne, Jenny, Jeremiah, Jerome, Jerry
Jill, Joan, Joanna, Joanne, Jodie, Joel, Joey, Jonjo, Jordan, Josephine, Joshua, Joyce, Judith
Judy, Julian, Justine, Kara, Karl, Katy, Kay, Keira, Kenneth, Kerry, Kieran, Kirsty, Kyle, Lance
Larry, Leah, Leanne, Leon, Leonard, Lesley, Leslie, Lewis, Liam, Lily, Lindsay, Lindsey, Lloyd
Lorna, Lorraine, Louis, Luke, Lydia, Lynn, Maggie, Malcolm, Marc, Marcus, Margaret, Mario, Marion
Marjorie, Martha, Martyn, Matthias, Maureen, Max, Megan, Melanie, Melissa, Mia, Michaela, Mick
Mohamed, Molly, Monica, Morgan, Nadia, Naomi, Nathan, Neville, Niall, Nicky, Nicole, Noah, Noel
Norman, Olga, Ollie, Oscar, Owen, Paddy, Pam, Pamela, Pat, Patricia, Patsy, Paula, Pauline, Penny
Pete, Phil, Philippa, Phoebe, Phyllis, Piers, Rachael, Rafael, Ray, Raymond, Reece, Rhys, Ricky
Rita, Robbie, Robin, Rod, Rodney, Rohan, Ron, Ronnie, Rory, Rose, Ross, Roy, Russell, Sabrina
Sadiq, Sally, Samantha, Sandra, Sara, Sharon, Shaun, Sheila, Shirley, Sian, Sidney, Sinead, Sonia
Stacey, Stan, Stanley, Stella, Stewart, Sue, Suzanne, Sylvia, Tanya, Tara, Teresa, Terry, Theo
Tina, Toby, Tommy, Tracey, Tracy, Trevor, Troy, Tyler, Valerie, Vanessa, Vera, Veronica, Vicky
Victor, Victoria, Vince, Vincent, Vivian, Wayne, Wendy, Wesley, Will, Yvonne, Zach, Zachary, Zara
Abdul, Abdullah, Ahmad, Akira, Alejandro, Ana, Anders, Andrei, Anton, Aung, Ayesha, Bashar, Benedict
Bernd, Carlos, Chen, Cristiano, Dieter, Dmitri, Emre, Enrique, Erling, Fatima, Felipe, Fernando
Francesco, Franz, Gerhard, Giorgio, Gustavo, Hakan, Hamid, Hassan, Heinz, Helmut, Hiroshi, Hussein
Ibrahim, Ilya, Ismail, Jacinda, Javier, Jens, Jesus, Joao, Jorge, Jurgen, Kazuo, Kemal, Kenji, Khalid
Kofi, Lars, Leonardo, Li, Lionel, Luiz, Mahmoud, Marcelo, Mariano, Mehmet, Mustafa, Nasser, Nelson
Nikolai, Olaf, Omar, Pavel, Rafa, Rahul, Raj, Ricardo, Roberto, Rodrigo, Salman, Sanjay, Santiago
Sergey, Shinzo, Sven, Takeshi, Tariq, Tedros, Thierry, Ursula, Vikram, Wang, Yasser, Yoshihide, Zhang
""")

# First names that are a woman's, and those given to either sex (the rest of FIRST_NAMES are a man's):
# whom "she said" can point to. A few common ones FIRST_NAMES lacks are here too.
FEMALE_NAMES = _names("""
Abigail, Adele, Alice, Alicia, Alison, Amanda, Amber, Amy, Ana, Angela, Anita, Ann, Anna, Anne, Annie
Ayesha, Barbara, Becky, Beth, Beverley, Brenda, Britt, Carla, Carmen, Carol, Caroline, Carrie
Catherine, Catriona, Charlotte, Cheryl, Chloe, Christina, Christine, Claire, Clare, Daisy, Danielle
Dawn, Debbie, Deborah, Debra, Denise, Diana, Donna, Doris, Eileen, Elaine, Eleanor, Elena, Elizabeth
Ella, Ellen, Ellie, Emily, Emma, Erin, Eva, Evelyn, Fatima, Fiona, Francesca, Gemma, Gillian, Gina
Grace, Hannah, Harriet, Hayley, Heather, Helen, Hillary, Holly, Isabel, Isla, Jacinda, Jacqueline
Jade, Jane, Janet, Janice, Jasmine, Jayne, Jennifer, Jenny, Jessica, Jill, Joan, Joanna, Joanne
Jodie, Josephine, Joyce, Judith, Judy, Julia, Julie, Justine, Kara, Karen, Kate, Katherine, Katie
Katrine, Katy, Keira, Kirsty, Laura, Lauren, Leah, Leanne, Lesley, Lily, Linda, Lindsey, Lisa, Liz
Lorna, Lorraine, Louise, Lucy, Lydia, Lynn, Maggie, Margaret, Maria, Marie, Marion, Marjorie, Martha
Mary, Maureen, Megan, Melanie, Melissa, Mia, Michaela, Michelle, Molly, Monica, Nadia, Nancy, Naomi
Natalia, Natalie, Nicola, Nicole, Olena, Olga, Olivia, Pam, Pamela, Patricia, Patsy, Paula, Pauline
Penny, Philippa, Phoebe, Phyllis, Rachael, Rachel, Rebecca, Rita, Rose, Rosie, Ruth, Sabrina, Sally
Samantha, Sandra, Sara, Sarah, Sharon, Sheila, Shirley, Sian, Sinead, Siobhan, Sonia, Sophie, Stacey
Stella, Sue, Susan, Suzanne, Sylvia, Tanya, Tara, Teresa, Theresa, Tina, Tracey, Tracy, Ursula
Valerie, Vanessa, Vera, Veronica, Vicky, Victoria, Wendy, Yulia, Yvonne, Zara, Zoe
""")
UNISEX_NAMES = _names("""
Alex, Andrea, Ashley, Blake, Cameron, Chen, Chris, Dana, Jackie, Jamie, Jay, Jean, Jordan, Kay, Kelly
Kerry, Kim, Lee, Leslie, Li, Lindsay, Morgan, Nicky, Pat, Robin, Sam, Sidney, Terry, Vivian, Wang
Zhang
""")

# Days and months: never part of a name here.
CALENDAR = _names("""
Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, January, February, March, April
Mondays, Tuesdays, Wednesdays, Thursdays, Fridays, Saturdays, Sundays, May, June, July, August, September, October, November, December, Jan, Feb, Mar, Apr, Jun, Jul
Aug, Sep, Sept, Oct, Nov, Dec
""")

# Capitalised words that do not start a name: sentence openers, pronouns, number words, furniture.
NOT_NAMES = CALENDAR | _names("""
The, A, An, And, But, Or, So, Yet, Nor, If, Then, Than, That, This
These, Those, There, Here, It, Its, He, She, His, Her, They, Them, Their, We, Our, You, Your, I
Me, My, Us, In, On, At, To, For, From, By, With, Without, Of, Over, Under, After, Before, During
Since, Until, While, When, Where, Why, How, What, Which, Who, Whom, Whose, As, Also, However
Across, Around, Behind, Beyond, Inside, Outside, Near, Through, Throughout, Within, Along, Amid
Towards, Toward, Beside, Above, Below, Unlike, Upon, Via, Into, Onto, Per, Besides, Regardless
Meanwhile, Moreover, Furthermore, Although, Though, Because, Despite, Still, Even, Just, Only
Now, Today, Yesterday, Tomorrow, Tonight, Last, Next, One, Two, Three, Four, Five, Six, Seven
Eight, Nine, Ten, First, Second, Third, Some, Many, Most, All, Both, Each, Every, No, Not, Yes
Mr, Mrs, Ms, Dr, Is, Are, Was, Were, Be, Has, Have, Had, Do, Does, Did, Will, Would, Can, Could
Should, May, Might, Must, Let, Instead, Other, Another, Such, Several, Few, Among, Against
Read, Share, Click, Scroll, Photo, Video, Watch, Sign, Follow, Subscribe, Advertisement, Image
Getty, Images, Picture, Pictures, According, Please, Oh, Well, Like, Mostly, Mainly, Once
Following, Speaking, Asked, Earlier, Later, Already, Overall, Indeed, Instead, Thus, Hence, Ok
Christmas, Easter, Ramadan, Halloween, I'd, I'm, I've, I'll, Let's, GMT, BST, EST, GDP, TV, TVs
CEO, PR, IT, OK, DJ, R&D, Q&A, AM, PM, HQ, ID, DNA, PhD, RIP, VIP, UFO, LOL, ETA
GP, GPs, MRI, CT, MMR, AI, AD, BC, PE, HGV, CCTV, SUV, LED, GPS, ICU, A&E, IVF, HIV, AIDS, ADHD, PTSD
VAT, PIN, USB, SMS, URL, FAQ, IQ, CV, MOT, PPE, SATs, GCSE, GCSEs, MBA, LGBT, EV, EVs, PCR, COVID
OBE, MBE, CBE, QC, KC, MSP, Former, Ex, Currently, Recently, Previously, Eventually, Unfortunately
Fortunately, Finally, Initially, Originally, Additionally, Ultimately, Clearly, Obviously, Apparently
Reportedly, Allegedly, Separately, Similarly, Interestingly, Importantly, Sadly, Luckily, Incredibly
""")
