# Tout dans un seul long message, y compris le rendez-vous voulu (« en visio le mardi matin ») et le numéro :
# rien n'est redemandé — ni la modalité, ni le jour, ni le contact.
> /start
>> 1
> Bonjour, je m'appelle Sandrine, j'ai 47 ans, je suis aide-soignante en CDI dans une clinique privée à Angers depuis 15 ans, je n'ai pas de RQTH, je ne suis pas cadre, j'ai un bac pro, je voudrais me reconvertir dans le secrétariat médical, je préfère un rendez-vous en visio le mardi matin et vous pouvez me joindre au 06 45 67 89 01
~ J'ai noté ce contact pour la suite : 06 45 67 89 01.
>> 1
= recapitulatif
>> 1
= orientation
>> 1
= creneau
~ C'est noté : le rendez-vous se fera en visio.
~ Voici les prochains créneaux libres le mardi matin :
!~ Comment souhaitez-vous rencontrer
>> 1
= confirmation
~ en visio
~ Le lien de la visio vous sera envoyé à 06 45 67 89 01.
# Sans mot de rendez-vous, un moment de la journée n'est pas un souhait (« je travaille le matin »).
> /start
>> 1
> je suis salarié dans le BTP à Lyon, 42 ans, je travaille le matin
>> 1
>> 1
>> 1
>> 1
= modalite
>> 1
= creneau
~ Voici les prochains créneaux disponibles :
# En anglais aussi : la description est reformulée en français pour l'analyse, le souhait est lu tel qu'écrit.
> /start
>> 1
> I am a nurse in a private clinic in Marseille, 34 years old, I want to change careers. I would like an appointment by video on Thursday morning.
>> 1
>> 1
>> 1
>> 1
= creneau
~ Noted: the appointment will be by video call.
~ Here are the next free times on Thursday morning:
