# Une conseillère essaie dans la conversation la commande /cep de Slack, puis « /rdvv » mal tapée : la commande est dite inconnue, la liste des commandes donnée, et la question en cours reposée — avant, « /cep » était « Je n'ai pas compris votre réponse » et « /rdvv » lu comme la description de la situation.
> bonjour
= consentement
> /cep
!~ Je n'ai pas compris
~ Je ne connais pas la commande /cep.
~ /conseiller — parler à un conseiller
~ Êtes-vous d'accord ?
= consentement
>> 1
= demande
> /rdvv
~ Je ne connais pas la commande /rdvv.
!~ Quelle est votre situation professionnelle
= demande
