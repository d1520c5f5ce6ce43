# Un membre de l'équipe prend un rendez-vous pour un appelant depuis un DM
# Slack : les questions parlent de « la personne », l'accord est le sien, son
# contact est un téléphone ou un e-mail (pas la conversation) ; /start ramène
# à l'usage propre.
channel slack
user U0STAFF1
> Prendre un rendez-vous pour un appelant
= consentement
~ Rendez-vous pour un appelant
~ La personne accepte-t-elle ?
~ Elle accepte
!~ J'accepte
>> 1
~ Décrivez la situation et le projet de la personne
> Au chômage, 30 ans, habite à Lille
~ la personne a-t-elle une reconnaissance de handicap
>> 1
~ La personne est-elle cadre
>> 1
= recapitulatif
>> 1
~ L'organisme qui peut accompagner la personne : France Travail.
>> 1
~ Comment la personne souhaite-t-elle rencontrer son conseiller
>> 1
= creneau
>> 1
= contact
~ Comment le conseiller peut-il joindre la personne ?
!~ Par cette conversation
> par cette conversation
= contact
>> 1
~ Quel est le numéro de téléphone de la personne ?
> 06 12 34 56
~ Il manque des chiffres
> 06 12 34 56 78
= confirmation
~ Le rendez-vous de la personne :
~ Le conseiller pourra la joindre au 06 12 34 56 78.
~ La personne confirme-t-elle ce rendez-vous ?
~ Elle confirme
>> 1
= suivi
~ Le rendez-vous de la personne est confirmé.
~ Donnez-lui la référence.
# Par téléphone, le numéro de la personne est demandé d'emblée.
> /appelant
>> 1
> Salariée dans le commerce, 41 ans, à Nantes, veut se reconvertir
>> 1
>> 1
= recapitulatif
>> 1
>> 1
>> 2
= creneau
>> 1
~ le conseiller appellera la personne. Quel est son numéro ?
> 0612345679
~ Le conseiller appellera la personne au 06 12 34 56 79.
>> 1
= suivi
# Un deuxième appelant : tout recommence pour une autre personne.
> /appelant
= consentement
~ La personne accepte-t-elle ?
>> 2
= information
~ rien n'est conservé sur la personne
# Retour à l'usage propre.
> /start
= consentement
~ Vous revenez à votre propre usage.
~ Êtes-vous d'accord ?
!~ La personne
