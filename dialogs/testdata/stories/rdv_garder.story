# /rdv puis "le garder" : rien ne change.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
= suivi
> mon rendez-vous
= rendez_vous
> garder
= suivi
~ maintenu
> merci
~ Votre rendez-vous est prévu
