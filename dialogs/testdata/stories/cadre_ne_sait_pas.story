# « je sais pas » à la question cadre ou bac+3 : lu comme « non » (SPEC §3 : un statut cadre inconnu se lit
# « non » pour l'orientation), pas « Je n'ai pas compris » ; la personne peut toujours choisir l'Apec si elle l'est.
> /start
>> 1
> Bonjour, je suis en CDD qui se termine fin décembre dans un supermarché à Caen, 27 ans
= handicap
>> 1
= cadre
> je sais pas
!~ Je n'ai pas compris
= lieu
