// Demo articles loaded on first start so an aspirant has quizzes at once.
// All text is our own, written for Newsdrill: plausible events around real institutions.
// No sourceUrl: these are not from a publisher, so there is no original to link to.

export interface DemoArticle {
  title: string;
  body: string;
  publishedAt: string;
  sourceUrl?: string;
  category: string;
}

export const demoArticles: readonly DemoArticle[] = [
  {
    title: "India and EU sign free trade agreement after nearly two decades of talks",
    body: [
      "India and the European Union signed a free trade agreement in New Delhi on Monday, ending negotiations that began in 2007 and creating one of the world's largest free trade areas, covering close to two billion people.",
      "The pact was signed by Commerce and Industry Minister Piyush Goyal and the EU's trade commissioner, Maros Sefcovic, in the presence of Indian Prime Minister Narendra Modi, European Commission President Ursula von der Leyen and European Council President Antonio Costa, who were in the capital for the annual India-EU summit.",
      "Under the agreement, the EU will remove duties on about 95% of goods it imports from India within seven years, including textiles, leather, gems and jewellery. India will phase out tariffs on most European machinery and chemicals over 10 years and cut duties on wine and spirits in stages. Cars and dairy products were largely left out.",
      '"This is not just a trade deal. It is a strategic bet by the world\'s largest democracy and the world\'s largest single market on each other," von der Leyen told a joint news conference. Modi said the pact would create "lakhs of jobs for our young people in factories and farms".',
      "Trade between India and the 27-member bloc was worth about 136 billion dollars last year, making the EU India's largest trading partner in goods. The two sides also concluded a separate agreement protecting geographical indications such as Darjeeling tea and Basmati rice.",
      "The agreement must still be approved by the European Parliament and the Union Cabinet before it takes effect, which officials expect in the second half of next year. Exporters' bodies welcomed the deal but asked the government to help small firms meet the EU's rules on carbon emissions, which begin to bite in January.",
    ].join("\n\n"),
    publishedAt: "2026-10-20",
    category: "International relations",
  },
  {
    title: "IAF inducts first squadron of Tejas Mk1A fighters at Nal air base in Rajasthan",
    body: [
      "The Indian Air Force on Monday inducted its first squadron of Tejas Mk1A light combat aircraft at the Nal air base near Bikaner in Rajasthan, replacing the last of its ageing MiG-21 jets on the western front.",
      'Air Chief Marshal A.P. Singh flew one of the new fighters during the ceremony and said the aircraft would "carry the spirit of self-reliance into the skies". The squadron, known as the Cobras, has received 12 jets so far and will reach its full strength of 18 by March.',
      "The aircraft are built by Hindustan Aeronautics Limited, the state-run aircraft maker, at its plant in Nashik, Maharashtra, and at its older lines in Bengaluru. The Air Force has ordered 180 Tejas Mk1A jets in two contracts, the second of which, worth Rs 62,000 crore, was signed in September last year.",
      "HAL chairman D.K. Sunil said the company had overcome delays in the supply of F404 engines from General Electric of the U.S., which had held up deliveries for almost two years. He said HAL would deliver 24 aircraft in the next financial year.",
      "Compared with the earlier version, the Mk1A carries an Israeli-designed radar, an electronic warfare suite and the ability to fire the Astra air-to-air missile, developed by the Defence Research and Development Organisation.",
      "Defence Minister Rajnath Singh, who attended the induction, said nearly two-thirds of the parts of the aircraft were now made in India. The Air Force has 31 fighter squadrons against a sanctioned strength of 42, and officials have said the Tejas is central to closing that gap over the next decade.",
    ].join("\n\n"),
    publishedAt: "2026-11-03",
    category: "Defence",
  },
  {
    title: "GST collections hit record Rs 2.46 lakh crore in October on festive demand",
    body: [
      "Gross goods and services tax collections rose 8.9% to a record Rs 2.46 lakh crore in October, helped by strong festive season spending and the lower tax rates introduced last year, data released by the Finance Ministry on Sunday showed.",
      "It was the highest monthly collection since the tax was introduced in July 2017, surpassing the previous peak of Rs 2.37 lakh crore in April 2025. Collections from imports grew faster than domestic revenue, rising 13%.",
      'Revenue Secretary Arvind Shrivastava said the figures showed that the cut in rates had "paid for itself" by raising consumption. In September last year, the GST Council, chaired by Finance Minister Nirmala Sitharaman, reduced the number of main tax slabs to two, of 5% and 18%, and cut rates on cars, air conditioners and many household goods.',
      "Maharashtra contributed the most, with Rs 38,900 crore, followed by Karnataka and Gujarat. Among the larger states, Bihar and Uttar Pradesh recorded the fastest growth, of more than 15% each.",
      '"Diwali fell in October this year, and retailers report their best sales in a decade," said an economist at ICRA, the rating agency. She said collections would probably ease in November and December.',
      "Net collections, after refunds to exporters, stood at Rs 2.12 lakh crore. The government is expected to publish the detailed state-wise figures next week, before the GST Council meets in Jaipur on November 21.",
    ].join("\n\n"),
    publishedAt: "2026-11-02",
    category: "Economy",
  },
  {
    title: "First industry-built PSLV rocket puts earth observation satellite in orbit",
    body: [
      "A Polar Satellite Launch Vehicle built entirely by Indian industry lifted off from Sriharikota on Monday and placed an earth observation satellite in orbit, a milestone in the government's plan to hand routine launches over to private companies.",
      "The rocket, assembled by a consortium of Hindustan Aeronautics Limited and Larsen & Toubro, the engineering and construction group, carried the EOS-10 satellite into a sun-synchronous orbit about 530 km above the Earth, 18 minutes after launch from the first launch pad of the Satish Dhawan Space Centre.",
      'ISRO chairman V. Narayanan said the space agency had only provided the launch pad and mission control. "For 30 years ISRO built every PSLV. Today industry built one, and it flew perfectly," he said. The consortium won a contract in 2024 to build five of the rockets.',
      "The Indian National Space Promotion and Authorisation Centre, known as IN-SPACe, which licenses private space activities, said the launch had been watched by officials from 12 countries interested in buying launches. Its chairman, Pawan Goenka, said the consortium would also sell the rocket to foreign customers through NewSpace India Limited, ISRO's commercial arm.",
      "The 1,100 kg EOS-10 satellite will map farmland, forests and coastlines and help forecast floods. It carries a camera able to see objects as small as one metre across.",
      "The PSLV has flown more than 60 missions since 1993 and carried Chandrayaan-1 to the Moon and the Mangalyaan probe to Mars. The next launch by the consortium is planned for the first half of next year.",
    ].join("\n\n"),
    publishedAt: "2026-10-27",
    category: "Science & Technology",
  },
  {
    title: "India finish Aichi-Nagoya Asian Games with record 119 medals",
    body: [
      "India ended the Asian Games in Aichi-Nagoya, Japan, with a record 119 medals on Sunday, including 31 golds, improving on the 107 medals they won at the last edition in Hangzhou in 2023.",
      "The Indian contingent of more than 650 athletes finished fourth in the medal table, behind China, Japan and South Korea. Athletics and shooting brought the most medals, with 29 and 22 respectively.",
      "Javelin thrower Neeraj Chopra retained his title with a throw of 89.6 metres, while shooter Manu Bhaker won two golds in the 10m air pistol events. The men's hockey team beat Japan 4-1 in the final to secure a direct place at the 2028 Olympic Games in Los Angeles.",
      '"This is the result of years of work under the Khelo India and TOPS schemes," Sports Minister Mansukh Mandaviya said, adding that the government would give each gold medallist a cash award of Rs 30 lakh.',
      "Indian Olympic Association president P.T. Usha said the team's performance would strengthen India's bid to host the 2036 Olympic Games. India will host the Commonwealth Games in Ahmedabad in 2030.",
      "Wrestler Aman Sehrawat, who won bronze at the Paris Olympics in 2024, took gold in the 57 kg freestyle category, and the women's kabaddi team defended its title by beating Iran in the final. India's chef de mission, Gagan Narang, said the team had won medals in 24 different sports, more than ever before.",
      "The 16-day Games were held across the Aichi prefecture and its capital, Nagoya, with about 15,000 athletes from 45 countries taking part. The next Asian Games will be held in Doha, Qatar, in 2030.",
    ].join("\n\n"),
    publishedAt: "2026-10-05",
    category: "Sports",
  },
  {
    title: "India sets 2035 climate target at COP31 in Antalya",
    body: [
      "India on Monday announced a new climate target at the United Nations climate conference in Antalya, Turkey, pledging to cut the emissions intensity of its economy by 55% by 2035 compared with 2005 levels and to reach 60% of its power capacity from non-fossil sources by the same year.",
      "Union Environment Minister Bhupender Yadav presented the updated plan, known as a nationally determined contribution, at the 31st Conference of the Parties, or COP31, which is being held from November 9 to 20. India had reached its earlier target of 50% non-fossil power capacity in 2025, five years ahead of schedule.",
      '"India has done more than its fair share with less than its fair share of the carbon budget," Yadav told delegates. He urged developed countries to deliver on their promise, made at COP29 in Baku, to provide at least 300 billion dollars a year in climate finance by 2035.',
      "Turkey is hosting the talks under an unusual arrangement in which Australia leads the negotiations, after the two countries both bid to host the meeting. The pre-COP meeting was held in the Pacific, in recognition of island nations threatened by rising seas.",
      "Climate analysts said India's target was credible but modest. India is the world's third-largest emitter of greenhouse gases after China and the U.S., though its emissions per person remain less than half the global average.",
      "The International Solar Alliance, an India-led body headquartered in Gurugram, also used the conference to launch a fund of 1 billion dollars to support solar projects in African countries.",
    ].join("\n\n"),
    publishedAt: "2026-11-17",
    category: "Environment",
  },
];
