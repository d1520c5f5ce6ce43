# 👍 répond oui là où un oui est proposé : au consentement, à la confirmation.
> /start
> 👍
= demande
> je suis au chômage à Lille, 30 ans
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
= confirmation
> 👍🏽
= suivi
