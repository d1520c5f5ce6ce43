# Un numéro incomplet deux fois : la raison, puis une consigne, et la question une seule fois.
> /start
>> 1
> Je suis au chômage à Lille
= age
> /conseiller
= conseiller_contact
>> 1
> 123
~ Il manque des chiffres
~ Quel est votre numéro de téléphone ?
> 456
~ Il manque des chiffres
~ Écrivez seulement le numéro, en chiffres.
> 06 12 34 56 78
~ vous recontactera par téléphone au 06 12 34 56 78
