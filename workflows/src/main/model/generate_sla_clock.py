"""Writes ../resources/bpmn/sla-clock.bpmn: semantics plus a simple diagram layout."""
import os

SIZE = {"task": (120, 80), "gw": (50, 50), "ev": (36, 36)}
nodes, flows = {}, []

def node(id, kind, x, y, name=None, body=None):
    nodes[id] = dict(kind=kind, x=x, y=y, name=name, body=body)

def flow(id, s, t, cond=None, name=None, wp=None):
    flows.append(dict(id=id, s=s, t=t, cond=cond, name=name, wp=wp))

def edge(n, side):
    w, h = SIZE[n["kind"]]
    return {"r": (n["x"] + w // 2, n["y"]), "l": (n["x"] - w // 2, n["y"]),
            "t": (n["x"], n["y"] - h // 2), "b": (n["x"], n["y"] + h // 2)}[side]

MSG = '<bpmn:messageEventDefinition id="Def_{id}" messageRef="{msg}"/>'
TIMER = '<bpmn:timerEventDefinition id="Def_{id}"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">{expr}</bpmn:timeDate></bpmn:timerEventDefinition>'

node("Start_DeadlineStarted", "ev", 100, 300, "Deadline started")
node("Gateway_Watch", "gw", 190, 300)
node("Gateway_WarningSent", "gw", 280, 300, "Warning sent?")
node("Gateway_BeforeWarning", "gw", 400, 200, "Before warning")
node("Timer_WarningDue", "ev", 520, 80, "Warning due", TIMER.format(id="WarningDue", expr="${warningAt}"))
node("Task_SendWarning", "task", 660, 80, "Send warning")
node("Timer_DeadlineDue", "ev", 520, 200, "Deadline due", TIMER.format(id="DeadlineDue", expr="${dueAt}"))
node("Event_DeadlineStopped", "ev", 520, 280, "Deadline met or cancelled", MSG.format(id="DeadlineStopped", msg="Msg_DeadlineStopped"))
node("Event_DeadlineRescheduled", "ev", 520, 360, "Deadline moved", MSG.format(id="DeadlineRescheduled", msg="Msg_DeadlineRescheduled"))
node("Event_DeadlinePaused", "ev", 520, 440, "Clock paused", MSG.format(id="DeadlinePaused", msg="Msg_DeadlinePaused"))
node("Gateway_AfterWarning", "gw", 400, 560, "After warning")
node("Timer_DeadlineDueAfterWarning", "ev", 520, 560, "Deadline due", TIMER.format(id="DeadlineDueAfterWarning", expr="${dueAt}"))
node("Event_StoppedAfterWarning", "ev", 520, 640, "Deadline met or cancelled", MSG.format(id="StoppedAfterWarning", msg="Msg_DeadlineStopped"))
node("Event_RescheduledAfterWarning", "ev", 520, 720, "Deadline moved", MSG.format(id="RescheduledAfterWarning", msg="Msg_DeadlineRescheduled"))
node("Event_PausedAfterWarning", "ev", 520, 800, "Clock paused", MSG.format(id="PausedAfterWarning", msg="Msg_DeadlinePaused"))
node("Gateway_Paused", "gw", 660, 480, "Paused")
node("Event_DeadlineResumed", "ev", 780, 440, "Deadline moved", MSG.format(id="DeadlineResumed", msg="Msg_DeadlineRescheduled"))
node("Event_StoppedWhilePaused", "ev", 780, 520, "Deadline met or cancelled", MSG.format(id="StoppedWhilePaused", msg="Msg_DeadlineStopped"))
node("Task_RecordBreach", "task", 900, 200, "Record breach")
node("End_DeadlineBreached", "ev", 1040, 200, "Deadline breached")
node("End_DeadlineStopped", "ev", 1040, 300, "Deadline stopped")

N = nodes
flow("Flow_Started", "Start_DeadlineStarted", "Gateway_Watch")
flow("Flow_Watch", "Gateway_Watch", "Gateway_WarningSent")
flow("Flow_NotWarnedYet", "Gateway_WarningSent", "Gateway_BeforeWarning", "${!warned}", "no", [edge(N["Gateway_WarningSent"], "t"), (280, 200), edge(N["Gateway_BeforeWarning"], "l")])
flow("Flow_AlreadyWarned", "Gateway_WarningSent", "Gateway_AfterWarning", "${warned}", "yes", [edge(N["Gateway_WarningSent"], "b"), (280, 560), edge(N["Gateway_AfterWarning"], "l")])
for src, dst in [("Gateway_BeforeWarning", "Timer_WarningDue"), ("Gateway_BeforeWarning", "Timer_DeadlineDue"),
                 ("Gateway_BeforeWarning", "Event_DeadlineStopped"), ("Gateway_BeforeWarning", "Event_DeadlineRescheduled"),
                 ("Gateway_BeforeWarning", "Event_DeadlinePaused"), ("Gateway_AfterWarning", "Timer_DeadlineDueAfterWarning"),
                 ("Gateway_AfterWarning", "Event_StoppedAfterWarning"), ("Gateway_AfterWarning", "Event_RescheduledAfterWarning"),
                 ("Gateway_AfterWarning", "Event_PausedAfterWarning"), ("Gateway_Paused", "Event_DeadlineResumed"),
                 ("Gateway_Paused", "Event_StoppedWhilePaused")]:
    a, b = N[src], N[dst]
    fid = "Flow_To" + dst.split("_", 1)[1]
    wp = [edge(a, "r"), edge(b, "l")] if a["y"] == b["y"] else [edge(a, "t" if b["y"] < a["y"] else "b"), (a["x"], b["y"]), edge(b, "l")]
    flow(fid, src, dst, wp=wp)
flow("Flow_WarningDue", "Timer_WarningDue", "Task_SendWarning")
flow("Flow_WarningSent", "Task_SendWarning", "Gateway_Watch", wp=[edge(N["Task_SendWarning"], "t"), (660, 20), (190, 20), edge(N["Gateway_Watch"], "t")])
flow("Flow_DeadlineDue", "Timer_DeadlineDue", "Task_RecordBreach")
flow("Flow_DeadlineDueAfterWarning", "Timer_DeadlineDueAfterWarning", "Task_RecordBreach", wp=[edge(N["Timer_DeadlineDueAfterWarning"], "r"), (900, 560), edge(N["Task_RecordBreach"], "b")])
flow("Flow_BreachRecorded", "Task_RecordBreach", "End_DeadlineBreached")
for src in ["Event_DeadlineStopped", "Event_StoppedAfterWarning", "Event_StoppedWhilePaused"]:
    flow("Flow_From" + src.split("_", 1)[1], src, "End_DeadlineStopped", wp=[edge(N[src], "r"), (1000, N[src]["y"]), (1000, 300), edge(N["End_DeadlineStopped"], "l")])
for src in ["Event_DeadlineRescheduled", "Event_RescheduledAfterWarning", "Event_DeadlineResumed"]:
    flow("Flow_From" + src.split("_", 1)[1], src, "Gateway_Watch", wp=[edge(N[src], "b"), (N[src]["x"], 880 if src != "Event_DeadlineResumed" else 600), (190, 880 if src != "Event_DeadlineResumed" else 600), edge(N["Gateway_Watch"], "b")])
for src in ["Event_DeadlinePaused", "Event_PausedAfterWarning"]:
    flow("Flow_From" + src.split("_", 1)[1], src, "Gateway_Paused", wp=[edge(N[src], "r"), (660, N[src]["y"]), edge(N["Gateway_Paused"], "t" if N[src]["y"] < 480 else "b")])

def io(id):
    return "".join(f"\n      <bpmn:incoming>{f['id']}</bpmn:incoming>" for f in flows if f["t"] == id) + \
           "".join(f"\n      <bpmn:outgoing>{f['id']}</bpmn:outgoing>" for f in flows if f["s"] == id)

def element(id, n):
    name = f' name="{n["name"]}"' if n["name"] else ""
    inner = io(id) + (f"\n      {n['body']}" if n["body"] else "")
    if id.startswith("Start_"):
        tag = "startEvent"
    elif id.startswith("End_"):
        tag = "endEvent"
    elif id.startswith(("Timer_", "Event_")):
        tag = "intermediateCatchEvent"
    elif id in ("Gateway_BeforeWarning", "Gateway_AfterWarning", "Gateway_Paused"):
        tag = "eventBasedGateway"
    elif id.startswith("Gateway_"):
        tag = "exclusiveGateway"
    elif id == "Task_SendWarning":
        return f'<bpmn:serviceTask id="{id}"{name} camunda:delegateExpression="${{sendSlaWarning}}">{inner}\n    </bpmn:serviceTask>'
    else:
        return f'<bpmn:serviceTask id="{id}"{name} camunda:delegateExpression="${{recordSlaBreach}}">{inner}\n    </bpmn:serviceTask>'
    return f'<bpmn:{tag} id="{id}"{name}>{inner}\n    </bpmn:{tag}>'

def seq(f):
    name = f' name="{f["name"]}"' if f["name"] else ""
    head = f'<bpmn:sequenceFlow id="{f["id"]}"{name} sourceRef="{f["s"]}" targetRef="{f["t"]}"'
    if f["cond"]:
        return head + f'>\n      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{f["cond"]}</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>'
    return head + "/>"

shapes = []
for id, n in nodes.items():
    w, h = SIZE[n["kind"]]
    marker = ' isMarkerVisible="true"' if n["kind"] == "gw" else ""
    shapes.append(f'<bpmndi:BPMNShape id="{id}_di" bpmnElement="{id}"{marker}>\n        <dc:Bounds x="{n["x"] - w // 2}" y="{n["y"] - h // 2}" width="{w}" height="{h}"/>\n      </bpmndi:BPMNShape>')
for f in flows:
    wp = f["wp"] or [edge(nodes[f["s"]], "r"), edge(nodes[f["t"]], "l")]
    pts = "".join(f'\n        <di:waypoint x="{x}" y="{y}"/>' for x, y in wp)
    shapes.append(f'<bpmndi:BPMNEdge id="{f["id"]}_di" bpmnElement="{f["id"]}">{pts}\n      </bpmndi:BPMNEdge>')

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- Watches one deadline of a case (business key "deadline-<id>"): a warning when
     ${{warningAt}} passes, a breach when ${{dueAt}} passes. The domain moves, pauses and stops
     the clock with messages; a moved deadline re-enters the watch with its new dates, and a
     warning is sent once. Ids are constants in SlaClockProcess.java. -->
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                  id="Definitions_SlaClock" targetNamespace="http://ingang.se/bpmn" exporter="Ingång" exporterVersion="1">
  <bpmn:message id="Msg_DeadlineStopped" name="Msg_DeadlineStopped"/>
  <bpmn:message id="Msg_DeadlineRescheduled" name="Msg_DeadlineRescheduled"/>
  <bpmn:message id="Msg_DeadlinePaused" name="Msg_DeadlinePaused"/>
  <bpmn:process id="slaClock" name="SLA clock" isExecutable="true" camunda:historyTimeToLive="P3650D">
    {(chr(10) + "    ").join(element(i, n) for i, n in nodes.items())}
    {(chr(10) + "    ").join(seq(f) for f in flows)}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_SlaClock">
    <bpmndi:BPMNPlane id="Plane_SlaClock" bpmnElement="slaClock">
      {(chr(10) + "      ").join(shapes)}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
'''
open(os.path.join(os.path.dirname(__file__), "..", "resources", "bpmn", "sla-clock.bpmn"), "w", encoding="utf-8").write(doc)
