# Un salarié qui corrige son âge en répondant à la question du lieu (« j'habite à Lille, et au fait j'ai 54 ans pas 45 ») : le lieu et le nouvel âge sont gardés tous les deux.
> bonjour
= consentement
>> 1
> salarié en CDI dans une banque, 45 ans, je veux faire une formation
= handicap
>> 1
= cadre
>> 1
= lieu
> j'habite à Lille, et au fait j'ai 54 ans pas 45
= recapitulatif
~ Âge : 54 ans
~ Lieu : Lille (Nord, 59)
!~ 45 ans
