# Sans consentement : informations générales et contacts, rien de personnel n'est gardé, pas de rendez-vous.
> /start
> non
= information
~ je ne conserve aucune information personnelle
~ mon-cep.org
> je suis au chômage et j'ai 34 ans
= information
~ France Travail peut vous accompagner
~ Téléphone :
!~ je ne conserve aucune information personnelle
> /rdv
~ pas de rendez-vous
> /conseiller
~ Sans votre accord
> /mesdonnees
~ aucune donnée
>> 1
# Le conseiller demandé avant l'accord l'est maintenant.
= conseiller_situation
