# En congé parental, le contrat est demandé ; un autre fait tapé à cette question (« en fait j'ai 36 ans ») est gardé et la situation redemandée (ici par la question public ou privé) — elle était sautée, et le récapitulatif sans situation menait à une impasse.
> bonjour
= consentement
>> 1
> Bjr, je suis en congé parental depuis 2 ans, avant j'étais vendeuse, 34 ans, Pau
= statut
~ dites-moi quel est ce contrat
> en fait j'ai 36 ans
= secteur
~ C'est noté.
~ Votre employeur est-il public
>> 2
= handicap
>> 1
= cadre
>> 1
= recapitulatif
~ Situation : salarié(e) du privé, en congé parental
~ Âge : 36 ans
>> 1
= orientation
