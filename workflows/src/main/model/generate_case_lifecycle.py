"""Writes ../resources/bpmn/case-lifecycle.bpmn: semantics plus a simple diagram layout."""
import os

W, H = {"task": (120, 80), "gw": (50, 50), "ev": (36, 36)}, None
nodes = {}   # id -> (kind, x_center, y_center)
def node(id, kind, x, y): nodes[id] = (kind, x, y)

node("Start_CaseRegistered", "ev", 120, 260)
node("Gateway_JoinTriage", "gw", 210, 260)
node("Task_TriageCase", "task", 330, 260)
node("Gateway_TriageOutcome", "gw", 470, 260)
node("Task_DecideRouting", "task", 590, 260)
node("Task_RouteCase", "task", 750, 260)
node("Gateway_JoinHandling", "gw", 880, 260)
node("Task_HandleCase", "task", 1000, 260)
node("Gateway_HandlingOutcome", "gw", 1140, 260)
node("Gateway_WaitingForCustomer", "gw", 1140, 420)
node("Event_CustomerReplied", "ev", 1040, 420)
node("Timer_ReminderDue", "ev", 1140, 520)
node("Task_RemindCustomer", "task", 1260, 520)
node("Gateway_WaitingAfterReminder", "gw", 1380, 520)
node("Event_CustomerRepliedAfterReminder", "ev", 1380, 600)
node("Timer_AutoCloseDue", "ev", 1480, 520)
node("Task_AutoCloseCase", "task", 1600, 520)
node("End_CaseAutoClosed", "ev", 1740, 520)
node("Gateway_JoinResolved", "gw", 1260, 260)
node("Gateway_ReopenWindow", "gw", 1360, 260)
node("Event_CustomerReopened", "ev", 1460, 140)
node("Gateway_ReopenTarget", "gw", 1560, 140)
node("Event_CloseRequested", "ev", 1460, 260)
node("Timer_ReopenWindowExpired", "ev", 1460, 380)
node("Task_CloseCase", "task", 1600, 260)
node("Task_SendSurvey", "task", 1740, 260)
node("End_CaseClosed", "ev", 1880, 260)

def right(id):
    k, x, y = nodes[id]; return (x + W[k][0] // 2, y)
def left(id):
    k, x, y = nodes[id]; return (x - W[k][0] // 2, y)
def top(id):
    k, x, y = nodes[id]; return (x, y - W[k][1] // 2)
def bottom(id):
    k, x, y = nodes[id]; return (x, y + W[k][1] // 2)

flows = []  # (id, source, target, condition, name, waypoints)
def flow(id, s, t, cond=None, name=None, wp=None):
    flows.append((id, s, t, cond, name, wp or [right(s), left(t)]))

flow("Flow_Registered", "Start_CaseRegistered", "Gateway_JoinTriage")
flow("Flow_ToTriage", "Gateway_JoinTriage", "Task_TriageCase")
flow("Flow_Triaged", "Task_TriageCase", "Gateway_TriageOutcome")
flow("Flow_TriageRoute", "Gateway_TriageOutcome", "Task_DecideRouting", "${outcome == 'ROUTE'}", "route to back office")
flow("Flow_TriageResolved", "Gateway_TriageOutcome", "Gateway_JoinResolved", "${outcome == 'RESOLVED'}", "resolved at first contact",
     [top("Gateway_TriageOutcome"), (470, 60), (1260, 60), top("Gateway_JoinResolved")])
flow("Flow_RoutingDecided", "Task_DecideRouting", "Task_RouteCase")
flow("Flow_Routed", "Task_RouteCase", "Gateway_JoinHandling")
flow("Flow_ToHandling", "Gateway_JoinHandling", "Task_HandleCase")
flow("Flow_Handled", "Task_HandleCase", "Gateway_HandlingOutcome")
flow("Flow_HandlingResolved", "Gateway_HandlingOutcome", "Gateway_JoinResolved", "${outcome == 'RESOLVED'}", "resolved")
flow("Flow_Transferred", "Gateway_HandlingOutcome", "Gateway_JoinHandling", "${outcome == 'TRANSFERRED'}", "transferred",
     [(1140, 235), (1140, 200), (880, 200), top("Gateway_JoinHandling")])
flow("Flow_WaitForCustomer", "Gateway_HandlingOutcome", "Gateway_WaitingForCustomer", "${outcome == 'WAITING'}", "ask the customer",
     [bottom("Gateway_HandlingOutcome"), top("Gateway_WaitingForCustomer")])
flow("Flow_WaitForAnswer", "Gateway_WaitingForCustomer", "Event_CustomerReplied", None, None,
     [left("Gateway_WaitingForCustomer"), right("Event_CustomerReplied")])
flow("Flow_CustomerAnswered", "Event_CustomerReplied", "Gateway_JoinHandling", None, None,
     [left("Event_CustomerReplied"), (880, 420), bottom("Gateway_JoinHandling")])
flow("Flow_WaitForReminder", "Gateway_WaitingForCustomer", "Timer_ReminderDue", None, None,
     [bottom("Gateway_WaitingForCustomer"), top("Timer_ReminderDue")])
flow("Flow_ReminderDue", "Timer_ReminderDue", "Task_RemindCustomer")
flow("Flow_Reminded", "Task_RemindCustomer", "Gateway_WaitingAfterReminder")
flow("Flow_WaitForAnswerAfterReminder", "Gateway_WaitingAfterReminder", "Event_CustomerRepliedAfterReminder", None, None,
     [bottom("Gateway_WaitingAfterReminder"), top("Event_CustomerRepliedAfterReminder")])
flow("Flow_CustomerAnsweredAfterReminder", "Event_CustomerRepliedAfterReminder", "Gateway_JoinHandling", None, None,
     [left("Event_CustomerRepliedAfterReminder"), (860, 600), (860, 275)])
flow("Flow_WaitForAutoClose", "Gateway_WaitingAfterReminder", "Timer_AutoCloseDue")
flow("Flow_AutoCloseDue", "Timer_AutoCloseDue", "Task_AutoCloseCase")
flow("Flow_AutoClosed", "Task_AutoCloseCase", "End_CaseAutoClosed")
flow("Flow_ReturnedToFrontOffice", "Gateway_HandlingOutcome", "Gateway_JoinTriage", "${outcome == 'RETURNED'}", "returned to front office",
     [(1165, 260), (1190, 260), (1190, 660), (210, 660), bottom("Gateway_JoinTriage")])
flow("Flow_ToReopenWindow", "Gateway_JoinResolved", "Gateway_ReopenWindow")
flow("Flow_WaitForReopen", "Gateway_ReopenWindow", "Event_CustomerReopened", None, None,
     [top("Gateway_ReopenWindow"), (1360, 140), left("Event_CustomerReopened")])
flow("Flow_WaitForCloseRequest", "Gateway_ReopenWindow", "Event_CloseRequested")
flow("Flow_WaitForWindowEnd", "Gateway_ReopenWindow", "Timer_ReopenWindowExpired", None, None,
     [bottom("Gateway_ReopenWindow"), (1360, 380), left("Timer_ReopenWindowExpired")])
flow("Flow_Reopened", "Event_CustomerReopened", "Gateway_ReopenTarget")
flow("Flow_ReopenedToBackOffice", "Gateway_ReopenTarget", "Gateway_JoinHandling", "${reopenTo == 'BACK_OFFICE'}", "back office",
     [top("Gateway_ReopenTarget"), (1560, 30), (900, 30), (900, 245)])
flow("Flow_ReopenedToFrontOffice", "Gateway_ReopenTarget", "Gateway_JoinTriage", "${reopenTo == 'FRONT_OFFICE'}", "front office",
     [right("Gateway_ReopenTarget"), (1620, 140), (1620, 10), (210, 10), top("Gateway_JoinTriage")])
flow("Flow_CloseRequested", "Event_CloseRequested", "Task_CloseCase")
flow("Flow_WindowEnded", "Timer_ReopenWindowExpired", "Task_CloseCase", None, None,
     [right("Timer_ReopenWindowExpired"), (1600, 380), bottom("Task_CloseCase")])
flow("Flow_Closed", "Task_CloseCase", "Task_SendSurvey")
flow("Flow_SurveySent", "Task_SendSurvey", "End_CaseClosed")

def outgoing(id): return [f for f in flows if f[1] == id]
def incoming(id): return [f for f in flows if f[2] == id]
def io(id):
    return "".join(f"\n      <bpmn:incoming>{f[0]}</bpmn:incoming>" for f in incoming(id)) + \
           "".join(f"\n      <bpmn:outgoing>{f[0]}</bpmn:outgoing>" for f in outgoing(id))

names = {
    "Start_CaseRegistered": "Case registered",
    "Task_TriageCase": "Triage case",
    "Gateway_TriageOutcome": "Resolved at first contact?",
    "Task_DecideRouting": "Decide routing",
    "Task_RouteCase": "Route case to back-office group",
    "Task_HandleCase": "Handle case",
    "Gateway_HandlingOutcome": "Handling outcome?",
    "Event_CustomerReplied": "Customer replied",
    "Gateway_WaitingForCustomer": "Waiting for the customer",
    "Timer_ReminderDue": "Reminder due",
    "Task_RemindCustomer": "Remind customer",
    "Gateway_WaitingAfterReminder": "Waiting after reminder",
    "Event_CustomerRepliedAfterReminder": "Customer replied",
    "Timer_AutoCloseDue": "No answer in time",
    "Task_AutoCloseCase": "Close case for lack of answer",
    "End_CaseAutoClosed": "Case closed without answer",
    "Gateway_ReopenWindow": "Reopen window",
    "Event_CustomerReopened": "Customer replied",
    "Gateway_ReopenTarget": "Reopened where?",
    "Event_CloseRequested": "Close requested",
    "Timer_ReopenWindowExpired": "Reopen window expired",
    "Task_CloseCase": "Close case",
    "Task_SendSurvey": "Send satisfaction survey",
    "End_CaseClosed": "Case closed",
}
def nm(id): return f' name="{names[id]}"' if id in names else ""

body = {
 "Start_CaseRegistered": lambda: f'<bpmn:startEvent id="Start_CaseRegistered"{nm("Start_CaseRegistered")}>{io("Start_CaseRegistered")}\n    </bpmn:startEvent>',
 "Task_TriageCase": lambda: f'<bpmn:userTask id="Task_TriageCase"{nm("Task_TriageCase")} camunda:candidateGroups="${{frontOfficeGroup}}">{io("Task_TriageCase")}\n    </bpmn:userTask>',
 "Task_DecideRouting": lambda: f'<bpmn:businessRuleTask id="Task_DecideRouting"{nm("Task_DecideRouting")} camunda:decisionRef="routing" camunda:resultVariable="routing" camunda:mapDecisionResult="singleResult">{io("Task_DecideRouting")}\n    </bpmn:businessRuleTask>',
 "Task_RouteCase": lambda: f'<bpmn:serviceTask id="Task_RouteCase"{nm("Task_RouteCase")} camunda:delegateExpression="${{routeCase}}">{io("Task_RouteCase")}\n    </bpmn:serviceTask>',
 "Task_HandleCase": lambda: f'<bpmn:userTask id="Task_HandleCase"{nm("Task_HandleCase")} camunda:candidateGroups="${{backOfficeGroup}}">{io("Task_HandleCase")}\n    </bpmn:userTask>',
 "Event_CustomerReplied": lambda: f'<bpmn:intermediateCatchEvent id="Event_CustomerReplied"{nm("Event_CustomerReplied")}>{io("Event_CustomerReplied")}\n      <bpmn:messageEventDefinition id="Def_CustomerReplied" messageRef="Msg_CustomerReplied"/>\n    </bpmn:intermediateCatchEvent>',
 "Gateway_WaitingForCustomer": lambda: f'<bpmn:eventBasedGateway id="Gateway_WaitingForCustomer"{nm("Gateway_WaitingForCustomer")}>{io("Gateway_WaitingForCustomer")}\n    </bpmn:eventBasedGateway>',
 "Gateway_WaitingAfterReminder": lambda: f'<bpmn:eventBasedGateway id="Gateway_WaitingAfterReminder"{nm("Gateway_WaitingAfterReminder")}>{io("Gateway_WaitingAfterReminder")}\n    </bpmn:eventBasedGateway>',
 "Event_CustomerRepliedAfterReminder": lambda: f'<bpmn:intermediateCatchEvent id="Event_CustomerRepliedAfterReminder"{nm("Event_CustomerRepliedAfterReminder")}>{io("Event_CustomerRepliedAfterReminder")}\n      <bpmn:messageEventDefinition id="Def_CustomerRepliedAfterReminder" messageRef="Msg_CustomerReplied"/>\n    </bpmn:intermediateCatchEvent>',
 "Timer_ReminderDue": lambda: f'<bpmn:intermediateCatchEvent id="Timer_ReminderDue"{nm("Timer_ReminderDue")}>{io("Timer_ReminderDue")}\n      <bpmn:timerEventDefinition id="Def_ReminderDue">\n        <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${{reminderAt}}</bpmn:timeDate>\n      </bpmn:timerEventDefinition>\n    </bpmn:intermediateCatchEvent>',
 "Timer_AutoCloseDue": lambda: f'<bpmn:intermediateCatchEvent id="Timer_AutoCloseDue"{nm("Timer_AutoCloseDue")}>{io("Timer_AutoCloseDue")}\n      <bpmn:timerEventDefinition id="Def_AutoCloseDue">\n        <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${{autoCloseAt}}</bpmn:timeDate>\n      </bpmn:timerEventDefinition>\n    </bpmn:intermediateCatchEvent>',
 "Task_RemindCustomer": lambda: f'<bpmn:serviceTask id="Task_RemindCustomer"{nm("Task_RemindCustomer")} camunda:delegateExpression="${{remindCustomer}}">{io("Task_RemindCustomer")}\n    </bpmn:serviceTask>',
 "Task_AutoCloseCase": lambda: f'<bpmn:serviceTask id="Task_AutoCloseCase"{nm("Task_AutoCloseCase")} camunda:delegateExpression="${{autoCloseCase}}">{io("Task_AutoCloseCase")}\n    </bpmn:serviceTask>',
 "End_CaseAutoClosed": lambda: f'<bpmn:endEvent id="End_CaseAutoClosed"{nm("End_CaseAutoClosed")}>{io("End_CaseAutoClosed")}\n    </bpmn:endEvent>',
 "Gateway_ReopenWindow": lambda: f'<bpmn:eventBasedGateway id="Gateway_ReopenWindow"{nm("Gateway_ReopenWindow")}>{io("Gateway_ReopenWindow")}\n    </bpmn:eventBasedGateway>',
 "Event_CustomerReopened": lambda: f'<bpmn:intermediateCatchEvent id="Event_CustomerReopened"{nm("Event_CustomerReopened")}>{io("Event_CustomerReopened")}\n      <bpmn:messageEventDefinition id="Def_CustomerReopened" messageRef="Msg_CustomerReplied"/>\n    </bpmn:intermediateCatchEvent>',
 "Event_CloseRequested": lambda: f'<bpmn:intermediateCatchEvent id="Event_CloseRequested"{nm("Event_CloseRequested")}>{io("Event_CloseRequested")}\n      <bpmn:messageEventDefinition id="Def_CloseRequested" messageRef="Msg_CloseRequested"/>\n    </bpmn:intermediateCatchEvent>',
 "Timer_ReopenWindowExpired": lambda: f'<bpmn:intermediateCatchEvent id="Timer_ReopenWindowExpired"{nm("Timer_ReopenWindowExpired")}>{io("Timer_ReopenWindowExpired")}\n      <bpmn:timerEventDefinition id="Def_ReopenWindowExpired">\n        <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${{reopenWindow}}</bpmn:timeDuration>\n      </bpmn:timerEventDefinition>\n    </bpmn:intermediateCatchEvent>',
 "Task_CloseCase": lambda: f'<bpmn:serviceTask id="Task_CloseCase"{nm("Task_CloseCase")} camunda:delegateExpression="${{closeCase}}">{io("Task_CloseCase")}\n    </bpmn:serviceTask>',
 "Task_SendSurvey": lambda: f'<bpmn:serviceTask id="Task_SendSurvey"{nm("Task_SendSurvey")} camunda:asyncBefore="true" camunda:delegateExpression="${{sendSurvey}}">\n      <bpmn:extensionElements>\n        <camunda:failedJobRetryTimeCycle>R5/PT10M</camunda:failedJobRetryTimeCycle>\n      </bpmn:extensionElements>{io("Task_SendSurvey")}\n    </bpmn:serviceTask>',
 "End_CaseClosed": lambda: f'<bpmn:endEvent id="End_CaseClosed"{nm("End_CaseClosed")}>{io("End_CaseClosed")}\n    </bpmn:endEvent>',
}
def gateway(id):
    return f'<bpmn:exclusiveGateway id="{id}"{nm(id)}>{io(id)}\n    </bpmn:exclusiveGateway>'

elements = [body[i]() if i in body else gateway(i) for i in nodes]
flow_xml = []
for (id, s, t, cond, name, wp) in flows:
    n = f' name="{name}"' if name else ""
    if cond:
        flow_xml.append(f'<bpmn:sequenceFlow id="{id}"{n} sourceRef="{s}" targetRef="{t}">\n      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{cond}</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>')
    else:
        flow_xml.append(f'<bpmn:sequenceFlow id="{id}"{n} sourceRef="{s}" targetRef="{t}"/>')

shapes = []
for id, (k, x, y) in nodes.items():
    w, h = W[k]
    marker = ' isMarkerVisible="true"' if k == "gw" else ""
    shapes.append(f'<bpmndi:BPMNShape id="{id}_di" bpmnElement="{id}"{marker}>\n        <dc:Bounds x="{x - w // 2}" y="{y - h // 2}" width="{w}" height="{h}"/>\n      </bpmndi:BPMNShape>')
edges = []
for (id, s, t, cond, name, wp) in flows:
    pts = "".join(f'\n        <di:waypoint x="{px}" y="{py}"/>' for px, py in wp)
    edges.append(f'<bpmndi:BPMNEdge id="{id}_di" bpmnElement="{id}">{pts}\n      </bpmndi:BPMNEdge>')

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- The lifecycle of every case: triage in the front office, routing by the decision table
     dmn/routing.dmn, handling in the back office (transfer, return, ask the customer),
     a reminder and closing for lack of answer while waiting for the customer, resolution,
     a reopen window and closing. Ids are constants in CaseLifecycle.java. -->
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                  id="Definitions_CaseLifecycle"
                  targetNamespace="http://ingang.se/bpmn"
                  exporter="Ingång" exporterVersion="1">
  <bpmn:message id="Msg_CustomerReplied" name="Msg_CustomerReplied"/>
  <bpmn:message id="Msg_CloseRequested" name="Msg_CloseRequested"/>
  <bpmn:process id="caseLifecycle" name="Case lifecycle" isExecutable="true" camunda:historyTimeToLive="P3650D">
    {chr(10).join("    " + e if i else e for i, e in enumerate(elements))}
    {chr(10).join("    " + f if i else f for i, f in enumerate(flow_xml))}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_CaseLifecycle">
    <bpmndi:BPMNPlane id="Plane_CaseLifecycle" bpmnElement="caseLifecycle">
      {chr(10).join("      " + s if i else s for i, s in enumerate(shapes + edges))}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
'''
out = os.path.join(os.path.dirname(__file__), "..", "resources", "bpmn", "case-lifecycle.bpmn")
open(out, "w", encoding="utf-8").write(doc)
