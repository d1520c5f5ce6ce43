# Rendez-vous par téléphone : le numéro est demandé d'emblée (pas « Par cette conversation »), une adresse e-mail ne suffit pas, puis le numéro est relu dans la confirmation et dans le fichier de calendrier.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
>> 1
= modalite
> par téléphone
= creneau
>> 1
= contact
~ le conseiller vous appellera. Quel est votre numéro ?
!~ Par cette conversation
> marie@exemple.fr
~ Je n'ai pas trouvé de numéro
= contact
> +33 6 12 34 56 78
= confirmation
~ Le conseiller vous appellera au 06 12 34 56 78.
>> 1
= suivi
~ Votre rendez-vous est confirmé
~ Le conseiller vous appellera au 06 12 34 56 78.
@ rendez-vous-cep.ics
