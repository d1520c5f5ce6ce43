# « J'ai une rente AT de 15 % » à la question du handicap : une rente d'accident du travail (incapacité de 10 % ou plus) fait bénéficiaire de l'obligation d'emploi (code du travail L5212-13 2°), comme « rente accident du travail » ; avant, « Je n'ai pas compris ».
> bonjour
= consentement
>> 1
> salarié en arrêt suite à un accident du travail, je ne pourrai pas reprendre mon poste de maçon, 47 ans, Limoges
= handicap
> j'ai une rente AT de 15%
!~ Je n'ai pas compris
= partage
