# Un maçon en arrêt après un accident du travail répond à la question du handicap que sa demande de RQTH est en cours : compris comme « pas encore reconnue » (code du travail L5213-1), avec un mot sur Cap emploi, au lieu de « Je n'ai pas compris » trois fois.
> bonjour
= consentement
>> 1
> salarié en arrêt suite à un accident du travail, je ne pourrai pas reprendre mon poste de maçon, 47 ans, Limoges
= handicap
> pas encore, c'est en cours à la MDPH
!~ Je n'ai pas compris
~ Tant que votre demande n'est pas accordée
~ Cap emploi
= cadre
>> 1
= recapitulatif
~ Handicap reconnu : non
