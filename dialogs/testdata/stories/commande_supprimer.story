# /supprimer confirmé : tout est effacé, le rendez-vous est annulé.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
>> 1
>> 1
= creneau
>> 1
>> 1
>> 1
= suivi
> /supprimer
= effacement
>> 1
= nouveau
~ Vos données sont effacées
> /rdv
~ pas de rendez-vous
> /mesdonnees
~ aucune donnée
