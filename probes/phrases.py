r"""Phrase lists for abstention detection: one regex per line, grouped by reason.

Edit the `PHRASES` block to extend detection: a "[reason]" line starts a group, every other
non-blank line is a regular expression matched against folded text (lowercase, ASCII quotes
and apostrophes, whitespace collapsed), so write patterns in lowercase. `<NAME>` placeholders
expand to the shared alternations in `MACROS`. `HEDGE` marks a committed guess after an
abstaining phrase ("..., but I think it is X"). The order of groups is the order of checks.
"""

from __future__ import annotations

MACROS = {
    "NEG": r"(?:do not|don't|dont|did not|didn't|cannot|can't|can not|could not|couldn't)",
    "INFO": r"(?:information|info|data|knowledge|details|records?|evidence|mention)",
    "THING": r"(?:person|entity|place|company|species|product|book|event|country|city|figure|thing|term|concept"
             r"|word|organi[sz]ation)",
    "GUESS": r"(?:i (?:think|believe|guess|would guess|'d guess|suspect)|my (?:best )?guess|it (?:might|may|could"
             r"|would) be|it's (?:probably|likely|possibly)|probably|likely|perhaps|possibly|the answer (?:is|would be"
             r"|might be))",
}

PHRASES = r"""
[uncertain]
\bi <NEG> know\b
\bi(?:'?m| am) not (?:sure|certain|aware)\b
^not sure\b
\bno idea\b
\bi have no (?:idea|information|knowledge|data|way)\b
\bi <NEG> have (?:any |enough |specific |reliable |the |that |this )?<INFO>
\bi(?:'?m| am) (?:unable|not able) to\b
\bi <NEG> (?:answer|know|predict|tell|determine|provide|say|access|see|find|verify|confirm|be sure|give you|recall)\b
\b<NEG> find (?:any )?<INFO>
\bunable to (?:find|determine|answer|provide|verify|predict|locate)\b
\b(?:not|un)(?:aware of|familiar with)\b
\bnot (?:sure|certain) (?:what|who|which|where|when|how|if|whether|about)
\bbeyond my (?:knowledge|abilities|capabilities)\b

[no_information]
\bthere (?:is|are|was|were) no (?:known|reliable|available|specific|public|publicly available|such|verifiable)?\s?(?:<INFO>|<THING>)\b
\bthere (?:is|are|was|were) no (?:widely known|documented|historical|official) (?:<INFO>|<THING>)\b
\bno (?:known |reliable |available |public |verifiable )?<INFO> (?:of|about|on|regarding|that|is available|exists)\b
\b(?:does not|doesn't|do not|don't|did not|didn't) (?:appear to |seem to )?exist\b
\bnot (?:a )?(?:real|known|recogni[sz]ed|documented|existing|widely known|well-known|notable) <THING>\b
\b(?:is|are|was|seems to be|appears to be|sounds) (?:a |an )?(?:fictional|fictitious|made[- ]up|imaginary|invented|hypothetical|nonexistent|non-existent)\b(?! (?:by|of|in|on|at|for|from|with|during|around|when|to|as)\b)
\b(?:is|are) (?:not available|unavailable)\b
\bno such (?:<THING>|record)\b

[unknowable]
\b(?:cannot|can't|can not) be (?:known|determined|predicted|answered|measured|calculated|counted|verified|said|quantified)\b
\b(?:impossible|not possible|difficult|hard) to (?:know|determine|predict|say|answer|tell|measure|calculate|count|quantify|pinpoint)\b
\bno (?:way|one|body) (?:to know|knows|can know|can say|can tell|can predict|to tell|to predict)
\bnobody knows\b
\bno (?:definitive answer|(?:scientific |clear |general )?consensus)\b
\b(?:is|are|remains?|still|currently) (?:still |currently |largely )?(?:unknown|unknowable|a mystery|unclear|unsolved|unproven|uncertain|debated|an open (?:question|problem)|not (?:a )?known|undetermined)\b
^unknown\b
\b(?:has|have|had) not (?:yet )?(?:happened|occurred|taken place|been (?:determined|decided|announced|held|played|solved|proven|proved|released|revealed))
\b(?:hasn't|haven't) (?:yet )?(?:happened|occurred|taken place|been (?:determined|decided|announced|held|played|solved))
\b(?:is|are) in the future\b
\bhas(?:n't| not) (?:happened|occurred) yet\b
\b(?:many|several|various|competing) (?:theories|hypotheses|explanations|speculations)
\b(?:has been|is being|is still|remains) (?:hotly |widely |long |much )?(?:debated|disputed|contested)\b
\b(?:topic|subject|matter) of (?:ongoing |much |great )?(?:debate|speculation|controversy)\b

[subjective]
\b(?:is|are|it's|very|highly|entirely|quite|largely) subjective\b
\bsubjective (?:question|matter)\b
\bdepends (?:entirely |largely |greatly )?on (?:personal|individual|your|one's|the person|who you ask|many|various|a variety)
\bmatter of (?:personal )?(?:opinion|taste|preference|perspective|debate|interpretation)
\bthere (?:is|'s) no (?:single |one |universally agreed |objective |universal |definitive |right |correct |clear )+(?:answer|best|way|consensus|definition)
\b(?:no|not a) (?:right or wrong|one-size-fits-all)\b

[ai_limits]
\bas an ai\b
\bas a (?:large |an ai )?language model\b
\b(?:i'?m|i am) (?:just |only )?an ai\b
\bi (?:do not|don't) have (?:personal|access|feelings|opinions|preferences|the ability|real-time|a way|any way|emotions|memories)
\bi (?:do not|don't|cannot|can't) (?:browse|access the internet|see your|read your|know your|have access)

[underspecified]
\b(?:is|was|are|isn't|wasn't) not (?:specified|clear|mentioned|stated|provided|given|defined)
\b(?:isn't|aren't|wasn't) (?:specified|clear|mentioned|stated|provided|given)
\b(?:unclear|not clear|not specified|ambiguous) (?:who|what|which|where|when|how)
\bwho "?(?:he|she|they|it|you)"? (?:is|are|refers? to|are referring to|you're referring to|means?)
\b(?:more|additional|further) (?:context|information|details)\b
\b(?:could|can|would) you (?:please )?(?:clarify|specify|provide|tell me (?:who|what|which|more))
\bnot enough (?:information|context|data|details)\b
\binsufficient (?:information|data|context)\b
\bwithout (?:more |additional |further |knowing )?(?:context|information|details|specifics)\b
\b(?:missing|lacks?) (?:information|a key|the number|some information)\b

[refusal]
^(?:i'?m sorry|i am sorry|sorry|i apologi[sz]e|unfortunately)\b
\bi (?:cannot|can't|won't|will not|am not able to) (?:help|assist|comply|provide|answer|respond|discuss)

[premise]
^(?:no|actually|in fact)?,? ?(?:\S+ ){0,4}(?:never|did not|didn't|has never|have never|was never|were never)\b
\b(?:is|was|are|were) (?:actually |really )?not (?:the|a|an|true|correct|accurate|known for|located|real)\b
\b(?:isn't|wasn't|aren't|weren't) (?:actually |really )?(?:the|a|an|true|correct|accurate|known for|located)\b
\bfalse premise\b
\b(?:premise|assumption|statement|claim) (?:is|seems|appears to be|was) (?:false|incorrect|wrong|mistaken|flawed|inaccurate)
\b(?:that|this)(?:'s| is) (?:not (?:true|correct|right|accurate)|incorrect|a (?:common )?misconception)
\bmisconception\b
\bthere is no evidence\b
\bquestion (?:is based on|contains|assumes|seems to assume)
\b(?:doesn't|does not|don't|do not) (?:make sense|have a|have an)\b
\bnonsensical\b
"""

HEDGE = (
    r"\b(?:but|however|though|although|that said)\b,? (?:<GUESS>|it (?:is|was)|it's|i can tell you|here (?:is|are)"
    r"|based on|\w+ (?:is|was|are|were))\b|[.!?] <GUESS>\b"
)


def expand(pattern: str) -> str:
    """Replace <NAME> placeholders with their MACROS alternation."""
    for name, value in MACROS.items():
        pattern = pattern.replace(f"<{name}>", value)
    return pattern


def parse(block: str = PHRASES) -> dict[str, tuple[str, ...]]:
    """Reason -> expanded patterns, in block order."""
    groups: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in block.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = groups.setdefault(line[1:-1], [])
        elif current is None:
            raise ValueError(f"pattern before any [reason] header: {line!r}")
        else:
            current.append(expand(line))
    return {reason: tuple(patterns) for reason, patterns in groups.items()}
