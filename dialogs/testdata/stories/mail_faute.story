# Une adresse e-mail au domaine mal tapé (« gmial.com ») : la correction est proposée, jamais imposée.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
>> 1
> en visio
>> 1
= contact
> paul.martin@gmial.com
= coordonnees
~ Vouliez-vous dire paul.martin@gmail.com ?
~ Non, c'est bien paul.martin@gmial.com
> oui
= confirmation
~ paul.martin@gmail.com
