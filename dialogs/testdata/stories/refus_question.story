# Consentement refusé puis une question : la réponse utile et les contacts, sans réimprimer le bloc du refus.
> /start
> non
= information
> je suis salarié à Rennes, c'est quoi la VAE ?
= information
~ validation des acquis
~ Avenir Actifs Bretagne
~ mon-cep.org
!~ je ne conserve aucune information personnelle
