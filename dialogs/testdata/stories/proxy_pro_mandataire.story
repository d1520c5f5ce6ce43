# Un mandataire judiciaire écrit pour sa protégée, qui travaille en ESAT (issue 13) : « votre protégée »
# dans chaque question, l'orientation vers Cap emploi parle d'elle, et le choix se fait avec elle.
> /start
>> 1
> Bonjour, je suis mandataire judiciaire. Ma protégée a 38 ans, elle travaille en ESAT et voudrait travailler en milieu ordinaire. Elle habite Alençon.
= partage
~ Acceptez-vous que la reconnaissance de handicap de votre protégée soit transmise à son conseiller ?
>> 1
= recapitulatif
~ Si j'ai bien compris, pour votre protégée :
~ • Âge : 38 ans
~ • Handicap reconnu : oui
~ • Lieu : Alençon (Orne, 61)
>> 1
= orientation
~ L'organisme qui peut accompagner votre protégée : Cap emploi.
~ Pourquoi ? Votre protégée a une reconnaissance de handicap
~ Décidez-en avec votre protégée.
!~ Vous avez une reconnaissance
>> 1
= modalite
~ Comment votre protégée souhaite-t-elle rencontrer le conseiller
>> 1
= creneau
>> 1
>> 1
>> 1
= suivi
~ Votre rendez-vous est confirmé.
~ Le conseiller recevra la demande de votre protégée avant le rendez-vous.
