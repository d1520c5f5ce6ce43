# Une conseillère en insertion écrit pour une personne qu'elle accompagne (issue 13) : ce qu'elle dit
# d'elle-même (« je suis conseillère en insertion ») n'est pas la situation de la personne, et toute la
# suite parle de « votre bénéficiaire », au féminin (« elle habite Lens »), en vouvoyant la conseillère.
> /start
>> 1
> Bonjour, je suis conseillère en insertion, j'écris pour une personne que j'accompagne : 45 ans, au RSA, sans emploi depuis 3 ans, elle habite Lens.
= handicap
~ Question facultative : votre bénéficiaire a-t-elle une reconnaissance de handicap (RQTH, pension d'invalidité…) ?
!~ avez-vous une reconnaissance
>> 1
= cadre
~ Votre bénéficiaire est-elle cadre, ou diplômée d'un bac+3 ou plus ?
>> 1
= recapitulatif
~ Si j'ai bien compris, pour votre bénéficiaire :
~ • Situation : demandeur d'emploi
~ • Âge : 45 ans
~ • Lieu : Lens (Pas-de-Calais, 62)
>> 1
= orientation
~ L'organisme qui peut accompagner votre bénéficiaire : France Travail.
~ Pourquoi ? Votre bénéficiaire cherche un emploi : France Travail assure son conseil en évolution professionnelle.
!~ Vous êtes demandeur d'emploi
!~ vis-à-vis de l'employeur
~ Bon à savoir, des dispositifs pour le projet de votre bénéficiaire :
>> 1
= modalite
~ Comment votre bénéficiaire souhaite-t-elle rencontrer le conseiller
>> 1
= creneau
>> 1
>> 1
>> 1
= suivi
~ Votre rendez-vous est confirmé.
~ Le conseiller recevra la demande de votre bénéficiaire avant le rendez-vous.
