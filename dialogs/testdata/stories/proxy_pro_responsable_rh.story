# Une responsable RH écrit pour une de ses salariées (issue 13) : les questions et l'orientation parlent
# de « votre salariée », au féminin, et les raisons sont les siennes (« Votre salariée est salariée du
# privé »), pas celles de la responsable. Le conseil se fait à l'initiative de la salariée et reste
# confidentiel vis-à-vis de l'employeur : l'orientation le dit à la responsable.
> /start
>> 1
> Bonjour, je suis responsable RH dans une PME de logistique. Une de nos salariées, 47 ans, préparatrice de commandes en CDI, voudrait se reconvertir dans le social. Elle habite Joué-lès-Tours.
= handicap
~ Question facultative : votre salariée a-t-elle une reconnaissance de handicap
>> 1
= cadre
~ Votre salariée est-elle cadre, ou diplômée d'un bac+3 ou plus ?
>> 1
= recapitulatif
~ Si j'ai bien compris, pour votre salariée :
~ • Âge : 47 ans
~ • Lieu : Joué-lès-Tours (Indre-et-Loire, 37)
~ • Projet : reconversion
>> 1
= orientation
~ L'organisme qui peut accompagner votre salariée : l'opérateur régional du CEP
~ Ce conseil est confidentiel, y compris vis-à-vis de l'employeur : c'est votre salariée qui choisit de s'y engager et ce qu'elle vous en dit.
~ Pourquoi ? Votre salariée est salariée du privé : l'opérateur régional
!~ Vous êtes salarié
>> 1
= modalite
~ à environ 110 km de son domicile à vol d'oiseau
~ Comment votre salariée souhaite-t-elle rencontrer le conseiller
>> 2
= creneau
>> 1
>> 1
> drh@exemple.fr
>> 1
= suivi
~ Votre rendez-vous est confirmé.
~ Le conseiller recevra la demande de votre salariée avant le rendez-vous.
